-- Planning an activity: an office plans it ahead with its participating units, each of which gets a supervision
-- task; the organiser reports it once held, and an office accepts the report, which signs off the tasks. Activities
-- recorded once held (as before) are HELD at once. Only HELD activities count in the figures.
alter table activities.activity
  add column state        varchar(10) not null default 'HELD' check (state in ('PLANNED', 'REPORTED', 'HELD')),
  add column report_due   date,
  add column report       varchar(2000) not null default '',
  add column accepted_by  varchar(64),
  add column accepted_at  timestamp with time zone;

create table activities.activity_task (
  activity_id bigint not null references activities.activity (id),
  unit_id     bigint not null,
  task_id     bigint not null,
  primary key (activity_id, unit_id)
);
