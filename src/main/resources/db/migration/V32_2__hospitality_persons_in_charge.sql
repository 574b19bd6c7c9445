-- 会议用餐、住宿负责人 (R3.6, R3.7): a named person of the organisation answers for catering
-- (food safety included) and for accommodation (its safety included), as for the equipment check.
-- Arrangements recorded before this have none.
alter table catering_arrangement add column responsible_user_id varchar(64);
alter table catering_arrangement add constraint catering_responsible_fk
  foreign key (responsible_user_id) references person (user_id);
alter table accommodation_arrangement add column responsible_user_id varchar(64);
alter table accommodation_arrangement add constraint accommodation_responsible_fk
  foreign key (responsible_user_id) references person (user_id);
