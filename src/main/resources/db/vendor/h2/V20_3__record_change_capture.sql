-- 审计 on H2: the capture is a Java trigger (audit/H2RecordChangeTrigger), attached to every project
-- table by audit/ChangeCaptureTriggers; nothing to create here.
select 1;
