-- Photos taken at a place: with the department's self-check (no finding) or with an inspector's finding. The file
-- lies in the file store under its id; the row keeps the place's region, so a photo is shown to those in scope.
create table priority.photo (
  id            uuid primary key,
  campaign_id   bigint not null,
  place_id      bigint not null,
  finding_id    bigint references priority.finding (id),
  region_code   varchar(12) not null,
  original_name varchar(200) not null,
  content_type  varchar(20) not null,
  size_bytes    bigint not null,
  sha256        char(64) not null,
  uploaded_by   varchar(64) not null,
  uploaded_at   timestamp with time zone not null,
  foreign key (campaign_id, place_id) references priority.campaign_place (campaign_id, place_id)
);
create index photo_finding_idx on priority.photo (finding_id);
create index photo_place_idx on priority.photo (campaign_id, place_id);
