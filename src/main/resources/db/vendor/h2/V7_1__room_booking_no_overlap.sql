-- R3.5 on H2 (demo and process tests): H2 has no exclusion constraints. Overlaps are prevented by
-- the service, which locks the room row (select ... for update) before it checks and inserts, so
-- bookings of one room are serialised. This index serves that check.
create index room_booking_active_idx on room_booking (room_id, cancelled_at, starts_at, ends_at);
