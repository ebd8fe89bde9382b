-- Versions of where tasks reach beside the plans' (issue 23): the board over every plan shows whatever tasks a user
-- may see, of any plan, and was kept against the version of all tasks, so the one write a second of real use read
-- every kept view of it again (6.8 % kept). A view over every plan covers the tasks whose region or issuer's region
-- lies in the user's scope, or that the user's unit works on (supervision.Tasks.VISIBLE), narrowed by its filters.
-- So each committed transaction that changed tasks now also stamps, with the same new value of the counter:
--   * region_change_version: each pair of a changed task's region and its issuer's region, before and after;
--   * unit_change_version: each unit of a changed task (the board shows a task's units, so a view that sees it
--     through any of them changes), and each unit added to or taken from a task.
-- Stamps only grow and are taken under the counter's row lock, like the plans' (V2026_12_07_1437): the highest stamp
-- over the pairs a view's scope and filters cover, and over the user's unit, moves whenever a task it may show changes.
create table supervision.region_change_version (
  region_code   varchar(12) not null,
  issuer_region varchar(12) not null,
  version       bigint not null,
  primary key (region_code, issuer_region)
);
insert into supervision.region_change_version (region_code, issuer_region, version)
select distinct t.region_code, t.issuer_region, v.version from supervision.task t cross join supervision.change_version v;

create table supervision.unit_change_version (
  unit_id bigint primary key,
  version bigint not null
);
insert into supervision.unit_change_version (unit_id, version)
select distinct tu.unit_id, v.version from supervision.task_unit tu cross join supervision.change_version v;

-- a task's region pair and every unit it has now; stamping a row again in the same transaction changes nothing
create function supervision.stamp_task_reach(task bigint, region varchar, issuer varchar, stamp bigint)
returns void language sql as $$
  insert into supervision.region_change_version (region_code, issuer_region, version) values (region, issuer, stamp)
  on conflict (region_code, issuer_region) do update set version = excluded.version
  where supervision.region_change_version.version < excluded.version;
  insert into supervision.unit_change_version (unit_id, version)
  select distinct tu.unit_id, stamp from supervision.task_unit tu where tu.task_id = task
  on conflict (unit_id) do update set version = excluded.version
  where supervision.unit_change_version.version < excluded.version;
$$;

create function supervision.stamp_unit(unit bigint, stamp bigint) returns void language sql as $$
  insert into supervision.unit_change_version (unit_id, version) values (unit, stamp)
  on conflict (unit_id) do update set version = excluded.version
  where supervision.unit_change_version.version < excluded.version;
$$;

create or replace function supervision.bump_change_version() returns trigger language plpgsql as $$
declare
  stamp   bigint := nullif(current_setting('supervision.change_stamp', true), '')::bigint;
  stamped text   := coalesce(nullif(current_setting('supervision.plans_stamped', true), ''), ',');
  changed bigint[] := '{}';
  plan    bigint;
  t       record;
begin
  if stamp is null then
    -- the counter's row lock, taken first by every writer at commit, also orders the stamped rows: no deadlock
    update supervision.change_version set version = version + 1 returning version into stamp;
    perform set_config('supervision.change_stamp', stamp::text, true);
  end if;
  if TG_TABLE_NAME = 'task' then
    if TG_OP <> 'DELETE' then
      changed := changed || coalesce(new.plan_id, 0);
      perform supervision.stamp_task_reach(new.id, new.region_code, new.issuer_region, stamp);
    end if;
    if TG_OP <> 'INSERT' then
      changed := changed || coalesce(old.plan_id, 0);
      perform supervision.stamp_task_reach(old.id, old.region_code, old.issuer_region, stamp);
    end if;
  else
    -- a unit row of a task deleted in the same transaction finds no task: the task's own row stamps its plan and
    -- region, and the unit is stamped here
    if TG_OP <> 'DELETE' then
      perform supervision.stamp_unit(new.unit_id, stamp);
      for t in select id, plan_id, region_code, issuer_region from supervision.task where id = new.task_id loop
        changed := changed || coalesce(t.plan_id, 0);
        perform supervision.stamp_task_reach(t.id, t.region_code, t.issuer_region, stamp);
      end loop;
    end if;
    if TG_OP <> 'INSERT' then
      perform supervision.stamp_unit(old.unit_id, stamp);
      for t in select id, plan_id, region_code, issuer_region from supervision.task where id = old.task_id loop
        changed := changed || coalesce(t.plan_id, 0);
        perform supervision.stamp_task_reach(t.id, t.region_code, t.issuer_region, stamp);
      end loop;
    end if;
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
  update supervision.region_change_version set version = stamp;
  update supervision.unit_change_version set version = stamp;
  return null;
end $$;
