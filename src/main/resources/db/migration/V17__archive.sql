-- 会议资料归档 (R7.4): one archive per meeting, the whole record as one zip with an index page.
-- Written once; the application has no path that updates or deletes it.
create table meeting_archive (
  meeting_id    bigint         primary key references meeting (id),
  file_name     varchar(200)   not null,
  content       bytea          not null,
  size_bytes    bigint         not null,
  sha256        varchar(64)    not null,
  entry_count   integer        not null,
  archived_by   varchar(64)    not null,
  archived_at   timestamp      not null
);
