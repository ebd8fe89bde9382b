-- Disability ratings (评定、调整残疾等级): the application at the county, its steps to the province's approval, the
-- medical opinion, the 公示 (in documents' one way, referred to by id) and the approval with its certificate number.
create table pensions.rating (
  id                   bigserial primary key,
  person_id            bigint        not null,
  person_name          varchar(100)  not null,
  person_id_masked     varchar(40)   not null,
  region_code          varchar(12)   not null,
  county_code          varchar(6)    not null,
  kind                 varchar(8)    not null check (kind in ('NEW', 'LATE', 'ADJUST')),
  nature               varchar(12)   not null check (nature in ('IN_BATTLE', 'ON_DUTY', 'ILLNESS')),
  conscript_or_junior  boolean       not null,
  injured_on           date          not null,
  previous_grade       smallint      check (previous_grade between 1 and 10),
  previous_rated_on    date,
  circumstances        varchar(1000) not null,
  applied_on           date          not null,
  step                 varchar(12)   not null check (step in ('APPLIED', 'ACCEPTED', 'ASSESSED', 'NOTICE', 'NOTICED',
                                                            'REPORTED', 'REVIEWED', 'APPROVED', 'REFUSED')),
  step_due             date,
  task_id              bigint,
  opinion_grade        smallint      check (opinion_grade between 1 and 10),
  opinion_by           varchar(100),
  opinion_on           date,
  opinion_document     varchar(100),
  notice_id            bigint,
  reported_on          date,
  reviewed_on          date,
  certificate_number   varchar(40),
  approved_on          date,
  first_month          date,
  refused_reason       varchar(500),
  created_by           varchar(64)   not null,
  created_at           timestamptz   not null,
  version              int           not null default 0,
  check (nature <> 'ILLNESS' or opinion_grade is null or opinion_grade <= 6)
);
-- an application filed twice: one open rating per person
create unique index rating_one_open_per_person on pensions.rating (person_id) where step not in ('APPROVED', 'REFUSED');
create index rating_county on pensions.rating (county_code, id);

-- every move of a rating: who, when, what
create table pensions.rating_event (
  rating_id  bigint       not null references pensions.rating (id),
  step       varchar(12)  not null,
  acted_by   varchar(64)  not null,
  acted_at   timestamptz  not null,
  note       varchar(500)
);
create index rating_event_rating on pensions.rating_event (rating_id);

-- A new grade ends the running disability account with the month before the new one starts: a person holds one
-- running account per kind, and ended ones beside it.
drop index pensions.account_one_per_kind;
create unique index account_one_running_per_kind on pensions.account (person_id, coalesce(category, 'DISABILITY'))
  where last_month is null;
