-- Which modules' demo data has been loaded (shared.demo.DemoSeeding): a seeder listed here does not run again.
create table demo_seeding (
  seeder    varchar(60) primary key,
  seeded_at timestamp with time zone not null
);

-- A database seeded before this table existed already holds the demo data: each seeder is marked as run when the data
-- its former own check looked for is there, so that an upgrade does not load the demo twice.
insert into demo_seeding (seeder, seeded_at)
select 'accounts', now() where exists (select 1 from accounts.account where username_key = 'admin')
union all select 'people', now() where exists (select 1 from beneficiaries.person)
union all select 'plan', now() where exists (select 1 from plans.draft)
union all select 'model-city-round', now() where exists (select 1 from modelcity.campaign)
union all select 'dual-list', now() where exists (select 1 from duallist.dual_list)
union all select 'consultation', now() where exists (select 1 from consultations.meeting)
union all select 'honours', now() where exists (select 1 from beneficiaries.visit_campaign
  where kind = 'BAYI' and year = 2020 and region_code = '5323');
