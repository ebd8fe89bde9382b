-- The last business date the escalation has swept. A run replays every working day after it (the first run, every
-- working day since each task's deadline), so a plan loaded late, or days the platform was down, get the notices a
-- daily run would have issued, each dated on its own day.
alter table supervision.job_lock add column swept_through date;
