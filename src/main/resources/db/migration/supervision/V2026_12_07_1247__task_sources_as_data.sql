-- A task's source is a code the opening module declares (supervision.TaskSource), kept as data: a new source needs
-- no migration here. The declared codes are checked when the application starts (TaskSources).
alter table supervision.task drop constraint task_source_kind_check;
