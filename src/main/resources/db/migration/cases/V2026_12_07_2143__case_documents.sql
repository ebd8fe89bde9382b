-- A case's documents (the petition letter, a leader's instruction, the answer): PDF, Word, Excel, JPG or PNG, told
-- by content; the file lies in the file store under its id, and is read only by those who may read the case.
create table cases.document (
  id            uuid primary key,
  case_id       bigint not null references cases.grievance (id),
  original_name varchar(200) not null,
  content_type  varchar(100) not null,
  size_bytes    bigint not null,
  sha256        char(64) not null,
  uploaded_by   varchar(64) not null,
  uploaded_at   timestamp with time zone not null
);
create index document_case_idx on cases.document (case_id);
