-- 审计: every update and delete of a project table is captured in record_change (triggers installed
-- after each migration by audit/ChangeCaptureTriggers); the meeting a row belongs to makes it part of
-- that meeting's audit trail.
alter table record_change add column meeting_id bigint;
create index record_change_meeting_idx on record_change (meeting_id, changed_at);
