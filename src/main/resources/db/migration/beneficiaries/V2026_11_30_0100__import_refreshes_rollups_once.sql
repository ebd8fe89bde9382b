-- A bulk import refreshes the roll-ups itself, once and set-based, at the end of its own transaction (issue 5 item 10:
-- the import at least half as fast as COPY). While it COPYs its people, the statement triggers on person inserts would
-- otherwise recount the roll-ups and re-derive each household's honour state chunk after chunk, which made a bulk load
-- about 1.8 times slower (docs/benchmarks.md). The import says so with a setting local to its transaction:
--   select set_config('beneficiaries.rollups_deferred', 'on', true)
-- so no other transaction is affected, a rollback (or a kill) undoes nothing but the import's own rows, and the import
-- adds its counts to person_count, county_total, household_honour and plaque_rollup before it commits
-- (importing.ImportRollups). Every other writer leaves the setting unset and is counted by the triggers as before.
-- ALTER TABLE … DISABLE TRIGGER was not used: it needs the table's owner and blocks every other writer of person.

create or replace function beneficiaries.rollups_deferred() returns boolean language sql stable as $$
  select coalesce(current_setting('beneficiaries.rollups_deferred', true), '') = 'on'
$$;

create or replace function beneficiaries.person_added() returns trigger language plpgsql as $$
begin
  if beneficiaries.rollups_deferred() then
    return null;
  end if;
  insert into beneficiaries.person_count (county_code, category, people)
    select county_code, c, count(*) from new_rows, unnest(categories) c group by 1, 2 order by 1, 2
  on conflict (county_code, category) do update set people = beneficiaries.person_count.people + excluded.people;
  insert into beneficiaries.county_total (county_code, prefecture_code, people)
    select county_code, min(prefecture_code), count(*) from new_rows group by 1 order by 1
  on conflict (county_code) do update set people = beneficiaries.county_total.people + excluded.people;
  return null;
end $$;

create or replace function beneficiaries.person_inserted() returns trigger language plpgsql as $$
begin
  if beneficiaries.rollups_deferred() then
    return null;
  end if;
  perform beneficiaries.honour_refresh(array(select distinct household_id from new_people where household_id is not null));
  return null;
end $$;
