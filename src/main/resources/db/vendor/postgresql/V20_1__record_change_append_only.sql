-- 审计: the change log is append-only even for someone with SQL access through the application's
-- account: UPDATE and DELETE (and TRUNCATE) raise an error.
create function record_change_refuse_rewrite() returns trigger language plpgsql as $$
begin
  raise exception 'record_change is append-only (%)', tg_op;
end;
$$;
create trigger record_change_no_update_delete
  before update or delete on record_change
  for each row execute function record_change_refuse_rewrite();
create trigger record_change_no_truncate
  before truncate on record_change
  for each statement execute function record_change_refuse_rewrite();
