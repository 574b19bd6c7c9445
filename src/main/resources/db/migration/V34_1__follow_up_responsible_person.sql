-- 绩效考核 per responsible person (R7.3, issue 18 item 4): the member of the responsible department who
-- first reports on a resolution carries it (承办人); the appraisal counts per department and per person.
alter table follow_up add column responsible_user_id varchar(64);
