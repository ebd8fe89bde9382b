-- Each spouse's case is a supervision task of the department that must deliver it (issue 19: "a supervision task for
-- the responsible department until it is closed"): the task's id, kept to sign it off when the case closes. Cases
-- registered before this column have none.
alter table employment.need add column task_id bigint;
