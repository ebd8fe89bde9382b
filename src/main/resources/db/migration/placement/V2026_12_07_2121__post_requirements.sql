-- A post's requirements that the platform checks against the soldier (the lowest schooling, the highest age on the
-- day of the choice, a sex only with its legal basis), beside the free-text note it had; and the soldier's schooling
-- and sex from their file.
alter table placement.post
  add column min_education varchar(16)
      check (min_education in ('JUNIOR_MIDDLE', 'SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')),
  add column max_age int check (max_age between 18 and 60),
  add column sex varchar(6) check (sex in ('MALE', 'FEMALE')),
  add column sex_basis varchar(200),
  add constraint post_sex_has_basis check ((sex is null) = (sex_basis is null));

alter table placement.soldier
  add column education varchar(16)
      check (education in ('JUNIOR_MIDDLE', 'SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')),
  add column sex varchar(6) check (sex in ('MALE', 'FEMALE'));
