-- R3.5: a room is never booked twice for overlapping times. The service locks the room row and
-- checks first (for a clear message); this constraint is the backstop no code path can bypass.
create extension if not exists btree_gist;
alter table room_booking add constraint room_booking_no_overlap
  exclude using gist (room_id with =, tsrange(starts_at, ends_at, '[)') with &&)
  where (cancelled_at is null);
