-- 审计 on H2 (demo and process tests): no trigger language; the application has no update or
-- delete path for record_change (checked by RecordChangeLogTest), which is what H2 relies on.
select 1;
