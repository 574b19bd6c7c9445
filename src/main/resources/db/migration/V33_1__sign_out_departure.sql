-- 会议纪律 (R5.1): early departure (早退) and leaving without permission (擅自离会) are recorded
-- like late arrival. The code row is also the sign-out record: set once, by a conditional update,
-- either by the person with their own code or by the sign-in staff at the desk, with the time.
alter table sign_in_code add column signed_out_at timestamp;
alter table sign_in_code add column departure varchar(30);
alter table sign_in_code add column sign_out_method varchar(20);
alter table sign_in_code add column signed_out_by varchar(64);
alter table sign_in_code add column sign_out_note varchar(200);
alter table sign_in_code add constraint sign_in_code_departure_check
    check (departure in ('EARLY_DEPARTURE', 'LEFT_WITHOUT_PERMISSION'));

-- The totals written when sign-in closes count them too.
alter table sign_in_session add column early_departure_count integer;
alter table sign_in_session add column left_without_permission_count integer;

-- The attendance record on the participant list, written when sign-in closes: who left before
-- the end, how, and when.
alter table meeting_participant add column departure varchar(30);
alter table meeting_participant add column departed_at timestamp;
