-- A case's person taken from the registry (优抚对象库) keeps the registry's id, found through the registry's own API;
-- no foreign key crosses into the beneficiaries schema. Repeats of a registry person are linked by this id too.
alter table cases.grievance add column registry_person_id bigint;
create index grievance_registry_person_idx on cases.grievance (registry_person_id);
