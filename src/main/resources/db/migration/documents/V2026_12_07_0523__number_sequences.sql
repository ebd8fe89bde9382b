-- Each office's sequence of document numbers under one 机关代字 in one year (云拥办通〔2020〕N号, 云拥办督〔2020〕N号).
-- The numbers themselves are recorded in documents.document, whose doc_number is unique: each number once.
create table documents.number_sequence (
  issuer_unit_id bigint not null,
  issuer_code    varchar(50) not null,
  year           int not null,
  last_serial    int not null,
  primary key (issuer_unit_id, issuer_code, year)
);
