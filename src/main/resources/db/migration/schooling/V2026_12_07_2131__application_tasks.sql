-- Each application is a supervision task of the 教育局 that must decide it, due on its decide-by day; a review asked
-- for is a second task of the reviewing 教育局. Both ids are kept to sign the tasks off when the decisions are made.
alter table schooling.application add column task_id bigint;
alter table schooling.application add column review_task_id bigint;
