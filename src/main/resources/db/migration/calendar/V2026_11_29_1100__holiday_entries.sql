-- Days the administrators add or correct on top of calendar/holidays-cn.csv: a year's State Council notice once it
-- is published (2027 is not in the file yet), or a local change. An entry here replaces the file's entry for its day.
create schema if not exists calendar;

create table calendar.holiday_entry (
  day        date primary key,
  kind       varchar(8) not null check (kind in ('HOLIDAY', 'WORKDAY')),
  name       varchar(20) not null,
  note       varchar(300),
  changed_by varchar(64) not null,
  changed_at timestamp with time zone not null
);
