-- The per-place roll-ups (V2026_11_30_0300) join the import's deferral (V2026_11_30_0100): while an import COPYs its
-- people and inserts their households, the insert triggers recount nothing (a bulk load touches more than 100 places,
-- so each chunk would recount whole counties); the import adds its people and new households to place_total and
-- place_count once, before it commits, under the same per-county locks place_refresh takes (importing.ImportRollups).
-- Updates and deletes are never deferred.

create or replace function beneficiaries.person_place_added() returns trigger language plpgsql as $$
begin
  if beneficiaries.rollups_deferred() then
    return null;
  end if;
  perform beneficiaries.place_refresh(array(select distinct region_code from new_rows));
  return null;
end $$;

create or replace function beneficiaries.household_place_added() returns trigger language plpgsql as $$
begin
  if beneficiaries.rollups_deferred() then
    return null;
  end if;
  perform beneficiaries.place_refresh(array(select distinct region_code from new_rows));
  return null;
end $$;
