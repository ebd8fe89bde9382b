-- Roll-ups below the county (issue 5, item 10: every level of the dashboard from roll-ups). Per place, i.e. per region
-- code as recorded (the village where known, else the township or the county): people, households and people per
-- category. A township is the sum of its villages (a dozen rows), a county's township breakdown the sum of its places
-- (a few hundred rows), a village one row; the province and prefectures keep reading person_count / county_total.
-- Households count where their head lives (household.region_code), as county_total counts them, so a township's own
-- figure equals its line in its county's breakdown.
--
-- One function recounts the places of a list of counties from person and household: the triggers below call it with
-- the counties a statement touched, and a bulk load that suspends triggers can call it once, set-based, for all the
-- counties it wrote. Recounting a county (some 15,000 people of 2,000,000) costs milliseconds and is exact by
-- construction, whatever the statement did: inserts, COPY, moves between townships, recategorising, removals.

create table beneficiaries.place_total (
  region_code varchar(12) primary key,
  county_code varchar(6)  not null,
  people      bigint      not null default 0,
  households  bigint      not null default 0
);
create index place_total_prefix_idx on beneficiaries.place_total (region_code varchar_pattern_ops);
create index place_total_county_idx on beneficiaries.place_total (county_code);

create table beneficiaries.place_count (
  region_code varchar(12) not null,
  county_code varchar(6)  not null,
  category    varchar(32) not null,
  people      bigint      not null,
  primary key (region_code, category)
);
create index place_count_prefix_idx on beneficiaries.place_count (region_code varchar_pattern_ops);
create index place_count_county_idx on beneficiaries.place_count (county_code);

create function beneficiaries.place_refresh(counties varchar[]) returns void language plpgsql as $$
declare
  locked varchar;
begin
  -- one writer per county at a time, in code order (no deadlock between two statements touching the same counties);
  -- each statement below then reads a fresh snapshot that includes what the previous holder committed
  for locked in select distinct x from unnest(counties) x where x is not null order by 1 loop
    perform pg_advisory_xact_lock(hashtext('beneficiaries.place:' || locked));
  end loop;
  delete from beneficiaries.place_total where county_code = any(counties);
  delete from beneficiaries.place_count where county_code = any(counties);
  insert into beneficiaries.place_total (region_code, county_code, people, households)
    select coalesce(p.region_code, h.region_code), left(coalesce(p.region_code, h.region_code), 6),
           coalesce(p.n, 0), coalesce(h.n, 0)
    from (select region_code, count(*) n from beneficiaries.person where county_code = any(counties) group by 1) p
    full join (select region_code, count(*) n from beneficiaries.household
               where left(region_code, 6) = any(counties) group by 1) h on h.region_code = p.region_code;
  insert into beneficiaries.place_count (region_code, county_code, category, people)
    select region_code, min(county_code), category, count(*) from beneficiaries.person, unnest(categories) category
    where county_code = any(counties) group by 1, 3;
end $$;

create function beneficiaries.person_place_added() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(select distinct county_code from new_rows));
  return null;
end $$;

create function beneficiaries.person_place_removed() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(select distinct county_code from old_rows));
  return null;
end $$;

-- Only changes of place or categories count; an edited phone number recounts nothing.
create function beneficiaries.person_place_changed() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(
    select o.county_code from old_rows o join new_rows n on n.id = o.id
     where o.region_code is distinct from n.region_code or o.categories is distinct from n.categories
    union
    select n.county_code from old_rows o join new_rows n on n.id = o.id
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
  perform beneficiaries.place_refresh(array(select distinct left(region_code, 6)::varchar from new_rows));
  return null;
end $$;

create function beneficiaries.household_place_removed() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(select distinct left(region_code, 6)::varchar from old_rows));
  return null;
end $$;

-- A new head elsewhere moves the household (HouseholdStore.setHead); other household changes recount nothing.
create function beneficiaries.household_place_changed() returns trigger language plpgsql as $$
begin
  perform beneficiaries.place_refresh(array(
    select left(o.region_code, 6)::varchar from old_rows o join new_rows n on n.id = o.id
     where o.region_code <> n.region_code
    union
    select left(n.region_code, 6)::varchar from old_rows o join new_rows n on n.id = o.id
     where o.region_code <> n.region_code));
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

-- Recounting a county reads its households by the county prefix of their region.
create index household_county_idx on beneficiaries.household (left(region_code, 6));
