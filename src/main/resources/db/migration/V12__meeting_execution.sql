-- Running the meeting (R4, R5): confidentiality (R5.2), who attends in the end (leave and
-- substitutes, R5.1), the named staff (R4.2, R4.3) and the security check (R4.4).
alter table meeting add column confidential boolean not null default false;

-- A participant on approved leave stays on the list (the record of who was invited) with on_leave;
-- the substitute is a participant row of its own pointing at the one it stands in for.
alter table meeting_participant add column on_leave boolean not null default false;
alter table meeting_participant add column substitute_for bigint references meeting_participant (id);
-- The attendance record (R4.1, R5.1), written when sign-in closes: PRESENT, LATE, ON_LEAVE,
-- ABSENT (without leave); signed_in_at is when the person signed in.
alter table meeting_participant add column attendance varchar(20);
alter table meeting_participant add column signed_in_at timestamp;

create table meeting_staff (
  meeting_id      bigint       not null references meeting (id),
  duty            varchar(20)  not null,
  person_user_id  varchar(64)  not null references person (user_id),
  primary key (meeting_id, duty, person_user_id)
);

create table meeting_security_check (
  meeting_id        bigint         primary key references meeting (id),
  venue_checked     boolean        not null,
  emergency_plan    varchar(4000)  not null,
  responsibilities  varchar(2000)  not null,
  checked_by        varchar(64)    not null,
  checked_at        timestamp      not null
);
