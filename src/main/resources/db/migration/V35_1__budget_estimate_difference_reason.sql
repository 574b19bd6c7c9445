-- R6.1: a detailed budget far from the estimate the meeting was applied or planned with carries
-- the host department's written reason.
alter table budget_version add column estimate_difference_reason varchar(2000);
