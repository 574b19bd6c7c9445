-- Issue 21: the notice and materials deadlines are counted from when the meeting's times were fixed
-- (filed, scheduled or moved): a meeting fixed too late for a deadline is a short-notice meeting
-- (短期会议), due before it starts instead of at a deadline that had passed before anyone could act.
alter table meeting add column times_fixed_at timestamp;
update meeting set times_fixed_at = coalesce(filed_at, created_at) where planned_start is not null;
