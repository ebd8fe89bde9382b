-- A suspension (暂停发放, a criminal sentence: 军人抚恤优待条例 2024 Art. 59) is entered by the paying county's office
-- with the decision's date and reason, and ends with a resumption (恢复发放). A suspension found unwarranted (the
-- judgement quashed) is voided on resumption: its months become due again and the next roll pays them back.
alter table pensions.suspension
  add column id            bigserial primary key,
  add column decided_on    date,
  add column entered_by    varchar(64),
  add column entered_at    timestamptz,
  add column resumed_on    date,
  add column resume_reason varchar(300),
  add column voided        boolean not null default false,
  add column resumed_by    varchar(64),
  add column version       int     not null default 0;
update pensions.suspension set decided_on = from_month where decided_on is null;
alter table pensions.suspension alter column decided_on set not null;
create index suspension_account on pensions.suspension (account_id);
-- one open suspension per account at a time
create unique index suspension_one_open on pensions.suspension (account_id) where until_month is null and not voided;
