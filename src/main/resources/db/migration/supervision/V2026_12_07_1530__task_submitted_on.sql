-- The business date a task was last submitted for sign-off (申请销号): a signed-off task was finished on that day,
-- and is 逾期办结 if that day is after its deadline (TaskStanding). Existing tasks take it from their timeline.
alter table supervision.task add column submitted_on date;
update supervision.task t set submitted_on = (
  select coalesce(e.on_date, cast(e.at at time zone 'Asia/Shanghai' as date))
  from supervision.task_event e where e.task_id = t.id and e.kind = 'SUBMIT' order by e.id desc limit 1)
where t.submitted_at is not null;
