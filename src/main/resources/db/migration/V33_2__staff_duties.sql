-- 会务人员工作纪律 (R4.2, R5.1): the duties of the named staff (arrive early, stay at post, ...) as
-- rendered from the editable template execution/staff-duties.ftlh when the office names them, kept
-- with the staffing record so that what each was told stays as it was.
alter table meeting_security_check add column staff_duties varchar(8000);
