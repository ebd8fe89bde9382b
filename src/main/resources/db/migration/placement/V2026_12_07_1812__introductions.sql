-- The 介绍信 a placed soldier takes to the employer: an official letter numbered once in the documents register (the
-- number and the register's document id kept here), written again the same on every later download.
alter table placement.soldier add column introduction_document_id bigint;
alter table placement.soldier add column introduction_number varchar(40);
alter table placement.soldier add column introduction_issued_on date;
alter table placement.soldier add constraint soldier_introduction_only_when_chosen
  check (introduction_number is null or state = 'CHOSEN');
