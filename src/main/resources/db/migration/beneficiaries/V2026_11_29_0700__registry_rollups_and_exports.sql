-- Roll-ups of the registry, kept exact in the same transaction as every change to people and households, so the
-- dashboard reads a few hundred rows instead of aggregating two million (issue 5, item 10: under 50 ms at the
-- median). Statement-level triggers with transition tables maintain them: they fire once per statement, for the
-- write path's single rows, for the bulk import's multi-row inserts and for COPY alike.
-- Categories are counted under the codes as recorded; the stats map older codes to their successors when read.
-- No check (people >= 0): PostgreSQL checks the row an upsert proposes before it finds the conflict, so a decrement
-- written as insert … on conflict would fail it; the tests compare the roll-ups with a plain aggregate instead.

create table beneficiaries.person_count (
  county_code varchar(6)  not null,
  category    varchar(32) not null,
  people      bigint      not null default 0,
  primary key (county_code, category)
);

create table beneficiaries.county_total (
  county_code     varchar(6) primary key,
  prefecture_code varchar(4) not null,
  people          bigint not null default 0,
  households      bigint not null default 0
);

-- Rows are added in key order so that two transactions touching the same counties lock them in the same order.
create function beneficiaries.person_added() returns trigger language plpgsql as $$
begin
  insert into beneficiaries.person_count (county_code, category, people)
    select county_code, c, count(*) from new_rows, unnest(categories) c group by 1, 2 order by 1, 2
  on conflict (county_code, category) do update set people = beneficiaries.person_count.people + excluded.people;
  insert into beneficiaries.county_total (county_code, prefecture_code, people)
    select county_code, min(prefecture_code), count(*) from new_rows group by 1 order by 1
  on conflict (county_code) do update set people = beneficiaries.county_total.people + excluded.people;
  return null;
end $$;

create function beneficiaries.person_removed() returns trigger language plpgsql as $$
begin
  update beneficiaries.person_count p set people = p.people - d.n
    from (select county_code, c, count(*) n from old_rows, unnest(categories) c group by 1, 2 order by 1, 2) d
   where p.county_code = d.county_code and p.category = d.c;
  update beneficiaries.county_total t set people = t.people - d.n
    from (select county_code, count(*) n from old_rows group by 1 order by 1) d
   where t.county_code = d.county_code;
  return null;
end $$;

-- An update that moves a person to another county or changes their categories: take the old rows off, add the new.
-- Rows whose county and categories did not change cancel out and are left alone.
create function beneficiaries.person_changed() returns trigger language plpgsql as $$
begin
  with changes as (
    select o.county_code, c, -1 as d from old_rows o join new_rows n on n.id = o.id, unnest(o.categories) c
     where o.county_code is distinct from n.county_code or o.categories is distinct from n.categories
    union all
    select n.county_code, c, 1 from old_rows o join new_rows n on n.id = o.id, unnest(n.categories) c
     where o.county_code is distinct from n.county_code or o.categories is distinct from n.categories),
  sums as (select county_code, c, sum(d) n from changes group by 1, 2 having sum(d) <> 0)
  insert into beneficiaries.person_count (county_code, category, people)
    select county_code, c, n from sums order by 1, 2
  on conflict (county_code, category) do update set people = beneficiaries.person_count.people + excluded.people;
  with moves as (
    select o.county_code, o.prefecture_code, -1 as d from old_rows o join new_rows n on n.id = o.id
     where o.county_code is distinct from n.county_code
    union all
    select n.county_code, n.prefecture_code, 1 from old_rows o join new_rows n on n.id = o.id
     where o.county_code is distinct from n.county_code)
  insert into beneficiaries.county_total (county_code, prefecture_code, people)
    select county_code, min(prefecture_code), sum(d) from moves group by 1 having sum(d) <> 0 order by 1
  on conflict (county_code) do update set people = beneficiaries.county_total.people + excluded.people;
  return null;
end $$;

create trigger person_added after insert on beneficiaries.person
  referencing new table as new_rows for each statement execute function beneficiaries.person_added();
create trigger person_removed after delete on beneficiaries.person
  referencing old table as old_rows for each statement execute function beneficiaries.person_removed();
create trigger person_changed after update on beneficiaries.person
  referencing old table as old_rows new table as new_rows for each statement execute function beneficiaries.person_changed();

-- Households by the county of their region.
create function beneficiaries.household_added() returns trigger language plpgsql as $$
begin
  insert into beneficiaries.county_total (county_code, prefecture_code, households)
    select left(region_code, 6), left(region_code, 4), count(*) from new_rows group by 1, 2 order by 1
  on conflict (county_code) do update set households = beneficiaries.county_total.households + excluded.households;
  return null;
end $$;

create function beneficiaries.household_removed() returns trigger language plpgsql as $$
begin
  update beneficiaries.county_total t set households = t.households - d.n
    from (select left(region_code, 6) county_code, count(*) n from old_rows group by 1 order by 1) d
   where t.county_code = d.county_code;
  return null;
end $$;

create function beneficiaries.household_changed() returns trigger language plpgsql as $$
begin
  with moves as (
    select left(o.region_code, 6) county_code, -1 as d from old_rows o join new_rows n on n.id = o.id
     where left(o.region_code, 6) <> left(n.region_code, 6)
    union all
    select left(n.region_code, 6), 1 from old_rows o join new_rows n on n.id = o.id
     where left(o.region_code, 6) <> left(n.region_code, 6))
  insert into beneficiaries.county_total (county_code, prefecture_code, households)
    select county_code, left(county_code, 4), sum(d) from moves group by 1 having sum(d) <> 0 order by 1
  on conflict (county_code) do update set households = beneficiaries.county_total.households + excluded.households;
  return null;
end $$;

create trigger household_added after insert on beneficiaries.household
  referencing new table as new_rows for each statement execute function beneficiaries.household_added();
create trigger household_removed after delete on beneficiaries.household
  referencing old table as old_rows for each statement execute function beneficiaries.household_removed();
create trigger household_changed after update on beneficiaries.household
  referencing old table as old_rows new table as new_rows for each statement execute function beneficiaries.household_changed();

-- Counting what is already there (an import may have run before this migration).
insert into beneficiaries.person_count (county_code, category, people)
  select county_code, c, count(*) from beneficiaries.person, unnest(categories) c group by 1, 2;
insert into beneficiaries.county_total (county_code, prefecture_code, people, households)
  select coalesce(p.county_code, h.county_code), left(coalesce(p.county_code, h.county_code), 4),
         coalesce(p.n, 0), coalesce(h.n, 0)
  from (select county_code, count(*) n from beneficiaries.person group by 1) p
  full join (select left(region_code, 6) county_code, count(*) n from beneficiaries.household group by 1) h
    on h.county_code = p.county_code;

-- Indexes for the list page: filter by scope and category, order by id.
create index person_county_idx on beneficiaries.person (county_code, id);
create index person_categories_idx on beneficiaries.person using gin (categories);
create index person_name_key_idx on beneficiaries.person (name_key varchar_pattern_ops);

-- Exports of personal data above the approval threshold: asked for by one office user, approved by another, then
-- downloaded once by the one who asked. The filter is kept as it was asked, so the approver sees what leaves.
create table beneficiaries.export_request (
  id            bigint generated by default as identity primary key,
  requested_by  varchar(64) not null,
  requester_unit bigint not null,
  scope_region  varchar(12) not null,
  filter_region varchar(12),
  filter_category varchar(32),
  filter_name   varchar(200),
  format        varchar(4) not null check (format in ('XLSX', 'CSV')),
  row_count     int not null,
  reason        varchar(500) not null,
  status        varchar(12) not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'DOWNLOADED')),
  decided_by    varchar(64),
  decided_at    timestamp with time zone,
  downloaded_at timestamp with time zone,
  created_at    timestamp with time zone not null default now()
);
create index export_request_scope_idx on beneficiaries.export_request (scope_region varchar_pattern_ops, status);
