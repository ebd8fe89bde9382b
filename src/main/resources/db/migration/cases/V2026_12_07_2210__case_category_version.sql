-- Case categories are kept on a page by the provincial office: added, or retired (a retired category keeps labelling
-- the cases filed under it but is no longer offered). Each change is compared on the version read.
alter table cases.category add column version int not null default 0;
