-- A version per plan beside the tasks' one (issue 23): a write to one plan's task used to move the single version,
-- so every kept board page and figure of all the other plans was read again, about once a second under real use.
-- Each committed transaction that changed tasks still moves supervision.change_version once, at commit, and stamps
-- every plan whose tasks (or their units) it changed with that new value. Stamps only grow and are taken under the
-- counter's row lock, so the highest stamp over a set of plans moves whenever any of them changes: figures over one
-- plan, or a plan and its forwards, are kept against that. Tasks of no plan count as plan 0. A plan keeps its row
-- when its tasks go, so a truncation can stamp every plan that had tasks.
create table supervision.plan_change_version (
  plan_id bigint primary key,
  version bigint not null
);
insert into supervision.plan_change_version (plan_id, version)
select distinct coalesce(t.plan_id, 0), v.version from supervision.task t cross join supervision.change_version v;

create or replace function supervision.bump_change_version() returns trigger language plpgsql as $$
declare
  stamp   bigint := nullif(current_setting('supervision.change_stamp', true), '')::bigint;
  stamped text   := coalesce(nullif(current_setting('supervision.plans_stamped', true), ''), ',');
  changed bigint[] := '{}';
  plan    bigint;
begin
  if TG_TABLE_NAME = 'task' then
    if TG_OP <> 'DELETE' then changed := changed || coalesce(new.plan_id, 0); end if;
    if TG_OP <> 'INSERT' then changed := changed || coalesce(old.plan_id, 0); end if;
  else
    -- a unit row of a task deleted in the same transaction finds no task: the task's own row stamps its plan
    if TG_OP <> 'DELETE' then
      changed := changed || array(select coalesce(plan_id, 0) from supervision.task where id = new.task_id);
    end if;
    if TG_OP <> 'INSERT' then
      changed := changed || array(select coalesce(plan_id, 0) from supervision.task where id = old.task_id);
    end if;
  end if;
  if stamp is null then
    -- the counter's row lock, taken first by every writer at commit, also orders the plans' rows: no deadlock
    update supervision.change_version set version = version + 1 returning version into stamp;
    perform set_config('supervision.change_stamp', stamp::text, true);
  end if;
  foreach plan in array changed loop
    if position(',' || plan || ',' in stamped) = 0 then
      insert into supervision.plan_change_version (plan_id, version) values (plan, stamp)
      on conflict (plan_id) do update set version = excluded.version;
      stamped := stamped || plan || ',';
      perform set_config('supervision.plans_stamped', stamped, true);
    end if;
  end loop;
  return null;
end $$;

create or replace function supervision.tasks_truncated() returns trigger language plpgsql as $$
declare
  stamp bigint;
begin
  perform set_config('supervision.tasks_changed', 'yes', true);
  update supervision.change_version set version = version + 1 returning version into stamp;
  update supervision.plan_change_version set version = stamp;
  return null;
end $$;
