-- A version of the tasks that every node can read: cached figures (the dashboard's, the board's lead-unit choices)
-- are kept with the version they were read at, and read again when it has moved. The counter moves once per
-- transaction that changed tasks or their units, when that transaction commits (a deferred trigger), so a reader
-- sees the new version exactly when it sees the changes, and it is locked only at commit, after every task row the
-- transaction locks (no deadlock with other writers). Within a transaction that changed tasks, a local setting says
-- so and the caches are bypassed.
create table supervision.change_version (
  only_row boolean primary key default true check (only_row),
  version  bigint  not null
);
insert into supervision.change_version (only_row, version) values (true, 0);

create function supervision.tasks_changed() returns trigger language plpgsql as $$
begin
  perform set_config('supervision.tasks_changed', 'yes', true);
  return null;
end $$;

create function supervision.bump_change_version() returns trigger language plpgsql as $$
begin
  if coalesce(current_setting('supervision.version_bumped', true), '') <> 'yes' then
    update supervision.change_version set version = version + 1;
    perform set_config('supervision.version_bumped', 'yes', true);
  end if;
  return null;
end $$;

-- TRUNCATE has no deferred triggers: it moves the version at once, and marks the transaction as changing tasks, so
-- nothing is kept under the new version before the truncation commits (or under a version a rollback gives back)
create function supervision.tasks_truncated() returns trigger language plpgsql as $$
begin
  perform set_config('supervision.tasks_changed', 'yes', true);
  update supervision.change_version set version = version + 1;
  return null;
end $$;

create trigger task_changed after insert or update or delete on supervision.task
  for each statement execute function supervision.tasks_changed();
create constraint trigger task_change_version after insert or update or delete on supervision.task
  deferrable initially deferred for each row execute function supervision.bump_change_version();
create trigger task_truncated after truncate on supervision.task
  for each statement execute function supervision.tasks_truncated();

create trigger task_unit_changed after insert or update or delete on supervision.task_unit
  for each statement execute function supervision.tasks_changed();
create constraint trigger task_unit_change_version after insert or update or delete on supervision.task_unit
  deferrable initially deferred for each row execute function supervision.bump_change_version();
create trigger task_unit_truncated after truncate on supervision.task_unit
  for each statement execute function supervision.tasks_truncated();
