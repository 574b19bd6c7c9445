-- 审计: one trigger function for every project table (audit/ChangeCaptureTriggers attaches it). An
-- update appends one row per changed column (old → new); a delete appends the whole row. Who acted
-- and the agency's time zone are set on the connection by audit/ActingUserDataSource.
-- Arguments: the columns left out (file contents, comma-separated) and, for a table without a
-- meeting_id, the chain of foreign keys to a table with one ("item_id:reimbursement_item,claim_id:reimbursement_claim").
create function record_change_capture() returns trigger language plpgsql as $$
declare
  skipped text[] := coalesce(string_to_array(nullif(TG_ARGV[0], ''), ','), '{}');
  hops text[] := string_to_array(nullif(TG_ARGV[1], ''), ',');
  old_row jsonb := to_jsonb(OLD) - skipped;
  new_row jsonb;
  actor varchar(64) := coalesce(nullif(current_setting('meeting.actor', true), ''), 'system');
  agency_zone text := coalesce(nullif(current_setting('meeting.time_zone', true), ''), 'UTC');
  changed_time timestamp := clock_timestamp() at time zone agency_zone;
  record_key varchar(64) := coalesce(old_row->>'id', old_row->>'meeting_id', '');
  parent_key text;
  meeting bigint;
  field record;
begin
  if TG_TABLE_NAME = 'meeting' then
    meeting := (old_row->>'id')::bigint;
  elsif old_row ? 'meeting_id' then
    meeting := (old_row->>'meeting_id')::bigint;
  elsif hops is not null then
    parent_key := old_row ->> split_part(hops[1], ':', 1);
    for i in 1 .. array_length(hops, 1) loop
      exit when parent_key is null;
      execute format('select %I::text from %I where id = $1',
                     case when i = array_length(hops, 1) then 'meeting_id' else split_part(hops[i + 1], ':', 1) end,
                     split_part(hops[i], ':', 2))
        into parent_key using parent_key::bigint;
    end loop;
    meeting := parent_key::bigint;
  end if;
  if TG_OP = 'DELETE' then
    insert into record_change (table_name, record_id, meeting_id, field_name, old_value, new_value, changed_by, changed_at)
    values (TG_TABLE_NAME, record_key, meeting, '*', left(old_row::text, 4000), null, actor, changed_time);
    return OLD;
  end if;
  new_row := to_jsonb(NEW) - skipped;
  for field in select je.key, je.value from jsonb_each(new_row) je loop
    if (old_row -> field.key) is distinct from field.value then
      insert into record_change (table_name, record_id, meeting_id, field_name, old_value, new_value, changed_by, changed_at)
      values (TG_TABLE_NAME, record_key, meeting, field.key, left(old_row ->> field.key, 4000),
              left(new_row ->> field.key, 4000), actor, changed_time);
    end if;
  end loop;
  return NEW;
end;
$$;
