-- Roll-ups below the county (issue 5, item 10: every level of the dashboard from roll-ups). Per place, i.e. per region
-- code as recorded (the village where known, else the township or the county): people, households and people per
-- category. A township is the sum of its villages (a dozen rows), a county's township breakdown the sum of its places
-- (a few hundred rows), a village one row; the province and prefectures keep reading person_count / county_total.
-- Households count where their head lives (household.region_code), as county_total counts them, so a township's own
-- figure equals its line in its county's breakdown.
--
-- One function, beneficiaries.place_refresh(areas), recounts from person and household every place that lies in one
-- of the areas given (region code prefixes). The triggers below give it the places a statement touched (one village:
-- some 150 people at 2,000,000); a bulk load that suspends the triggers can call it once with the counties it wrote.
-- Recounting is exact by construction whatever the statement did: inserts, COPY, moves between townships,
-- recategorising, removals, new heads.

create table beneficiaries.place_total (
  region_code varchar(12) primary key,
  people      bigint      not null default 0,
  households  bigint      not null default 0
);
create index place_total_prefix_idx on beneficiaries.place_total (region_code varchar_pattern_ops);

create table beneficiaries.place_count (
  region_code varchar(12) not null,
  category    varchar(32) not null,
  people      bigint      not null,
  primary key (region_code, category)
);
create index place_count_prefix_idx on beneficiaries.place_count (region_code varchar_pattern_ops);

create function beneficiaries.place_refresh(areas varchar[]) returns void language plpgsql as $$
declare
  area varchar;
  given varchar[] := array(select distinct a from unnest(areas) a where a is not null and a <> '' order by 1);
begin
  -- a statement that touched many places (a bulk insert) recounts their counties instead: fewer, larger reads
  if cardinality(given) > 100 then
    given := array(select distinct left(a, 6) from unnest(given) a order by 1);
  end if;
  -- one writer per county at a time, in code order (no deadlock between two statements touching the same counties);
  -- each statement below then reads a snapshot that includes what the previous holder committed
  for area in select distinct left(a, 6) from unnest(given) a order by 1 loop
    perform pg_advisory_xact_lock(hashtext('beneficiaries.place:' || area));
  end loop;
  -- dynamic statements, so each prefix is planned with its value and reads the region indexes
  foreach area in array given loop
    execute format('delete from beneficiaries.place_total where region_code like %L', area || '%');
    execute format('delete from beneficiaries.place_count where region_code like %L', area || '%');
    execute format($sql$
      insert into beneficiaries.place_total (region_code, people, households)
        select coalesce(p.region_code, h.region_code), coalesce(p.n, 0), coalesce(h.n, 0)
        from (select region_code, count(*) n from beneficiaries.person where region_code like %1$L group by 1) p
        full join (select region_code, count(*) n from beneficiaries.household where region_code like %1$L group by 1) h
          on h.region_code = p.region_code
      on conflict (region_code) do nothing$sql$, area || '%');
    execute format($sql$
      insert into beneficiaries.place_count (region_code, category, people)
        select region_code, category, count(*) from beneficiaries.person, unnest(categories) category
        where region_code like %L group by 1, 2
      on conflict (region_code, category) do nothing$sql$, area || '%');
  end loop;
end $$;

comment on function beneficiaries.place_refresh(varchar[]) is
  'Recounts beneficiaries.place_total and place_count for every place within the given region code prefixes (counties for a bulk load).';

create function beneficiaries.person_place_added() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(select distinct region_code from new_rows));
  return null;
end $$;

create function beneficiaries.person_place_removed() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(select distinct region_code from old_rows));
  return null;
end $$;

-- Only changes of place or categories count; an edited phone number recounts nothing.
create function beneficiaries.person_place_changed() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(
    select o.region_code from old_rows o join new_rows n on n.id = o.id
     where o.region_code is distinct from n.region_code or o.categories is distinct from n.categories
    union
    select n.region_code from old_rows o join new_rows n on n.id = o.id
     where o.region_code is distinct from n.region_code or o.categories is distinct from n.categories));
  return null;
end $$;

create trigger person_place_added after insert on beneficiaries.person
  referencing new table as new_rows for each statement execute function beneficiaries.person_place_added();
create trigger person_place_removed after delete on beneficiaries.person
  referencing old table as old_rows for each statement execute function beneficiaries.person_place_removed();
create trigger person_place_changed after update on beneficiaries.person
  referencing old table as old_rows new table as new_rows for each statement execute function beneficiaries.person_place_changed();

create function beneficiaries.household_place_added() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(select distinct region_code from new_rows));
  return null;
end $$;

create function beneficiaries.household_place_removed() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(select distinct region_code from old_rows));
  return null;
end $$;

-- A new head elsewhere moves the household (HouseholdStore.setHead); other household changes recount nothing.
create function beneficiaries.household_place_changed() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(
    select o.region_code from old_rows o join new_rows n on n.id = o.id where o.region_code <> n.region_code
    union
    select n.region_code from old_rows o join new_rows n on n.id = o.id where o.region_code <> n.region_code));
  return null;
end $$;

create trigger household_place_added after insert on beneficiaries.household
  referencing new table as new_rows for each statement execute function beneficiaries.household_place_added();
create trigger household_place_removed after delete on beneficiaries.household
  referencing old table as old_rows for each statement execute function beneficiaries.household_place_removed();
create trigger household_place_changed after update on beneficiaries.household
  referencing old table as old_rows new table as new_rows for each statement execute function beneficiaries.household_place_changed();

-- Counting what is already there.
select beneficiaries.place_refresh(array(
  select county_code from beneficiaries.person union select left(region_code, 6) from beneficiaries.household));
