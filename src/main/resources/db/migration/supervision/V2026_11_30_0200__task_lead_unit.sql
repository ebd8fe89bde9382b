-- Read model of a task's first-named lead unit (the one that submits for sign-off), kept on the task so figures and
-- charts read it without a correlated subquery per task. Lead units are fixed when a task is opened; the row is
-- written with its units in the same transaction (TaskOpening, TaskIssuing).
alter table supervision.task add column lead_unit_id bigint;

update supervision.task t set lead_unit_id = (
  select l.unit_id from supervision.task_unit l where l.task_id = t.id and l.role = 'LEAD' order by l.position limit 1);
