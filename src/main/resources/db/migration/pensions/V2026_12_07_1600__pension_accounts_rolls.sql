-- Pension accounts (who is paid what, by which county, from which month) and the monthly payment rolls of a county.
-- A roll's lines are worked out again from the accounts, the standards and what approved rolls paid until the county
-- approves it; an approved roll never changes, and a correction is a difference paid or taken back in a later month.
create table pensions.account (
  id               bigserial primary key,
  person_id        bigint       not null,
  region_code      varchar(12)  not null,
  county_code      varchar(6)   not null,
  grade            smallint     check (grade between 1 and 10),
  nature           varchar(12)  check (nature in ('IN_BATTLE', 'ON_DUTY', 'ILLNESS')),
  category         varchar(32),
  years_served     smallint     not null default 0,
  first_month      date         not null,
  last_month       date,
  settled_through  date,
  basis            varchar(300) not null,
  opened_by        varchar(64)  not null,
  opened_at        timestamptz  not null,
  version          int          not null default 0,
  check ((category is null and grade is not null and nature is not null and (nature <> 'ILLNESS' or grade <= 6))
      or (category is not null and grade is null and nature is null))
);
create unique index account_one_per_kind on pensions.account (person_id, coalesce(category, 'DISABILITY'));
create index account_county on pensions.account (county_code);

create table pensions.suspension (
  account_id   bigint not null references pensions.account (id),
  from_month   date   not null,
  until_month  date,
  reason       varchar(300) not null
);

create table pensions.roll (
  id            bigserial primary key,
  county_code   varchar(6)  not null,
  month         date        not null,
  status        varchar(12) not null default 'GENERATED' check (status in ('GENERATED', 'APPROVED')),
  generated_at  timestamptz,
  generated_by  varchar(64),
  approved_at   timestamptz,
  approved_by   varchar(64),
  version       int         not null default 0,
  unique (county_code, month)
);

create table pensions.roll_line (
  roll_id      bigint        not null references pensions.roll (id),
  account_id   bigint        not null references pensions.account (id),
  person_id    bigint        not null,
  region_code  varchar(12)   not null,
  person       varchar(40)   not null,
  entitlement  varchar(60)   not null,
  regular      numeric(12,2) not null,
  arrears      numeric(12,2) not null,
  recovered    numeric(12,2) not null,
  still_owed   numeric(12,2) not null,
  missing      varchar(200),
  primary key (roll_id, account_id)
);

-- an earlier month's difference that a line pays back (positive) or takes back (negative); settled is what this roll
-- actually paid or took back of it, so that what was paid for a month is its regular amount plus what was settled
create table pensions.roll_difference (
  roll_id     bigint        not null references pensions.roll (id),
  account_id  bigint        not null references pensions.account (id),
  for_month   date          not null,
  due         numeric(12,2) not null,
  paid        numeric(12,2) not null,
  settled     numeric(12,2) not null,
  primary key (roll_id, account_id, for_month)
);
