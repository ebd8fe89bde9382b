-- Bulletins and urging notices are now numbered and recorded by the document register (documents.number_sequence and
-- documents.document). This one-time carry-over hands the register what supervision numbered on its own: the
-- notices' numbers, which the register did not hold, and each office's last serial, so no number is given twice.
insert into documents.document (doc_number, issuer, issuer_unit_id, title, kind, region_code, recorded_at, recorded_by)
select n.doc_number, n.issuer_name, n.issuer_unit_id, n.title, 'ISSUE', n.issuer_region, n.created_at, n.issued_by
from supervision.notice n
where not exists (select 1 from documents.document d where d.doc_number = n.doc_number);

alter table supervision.notice add column document_id bigint;
update supervision.notice n set document_id = (select d.id from documents.document d where d.doc_number = n.doc_number);
alter table supervision.notice alter column document_id set not null;

insert into documents.number_sequence (issuer_unit_id, issuer_code, year, last_serial)
select issuer_unit_id, prefix, year, last_no from supervision.doc_sequence;

insert into documents.number_sequence (issuer_unit_id, issuer_code, year, last_serial)
select issuer_unit_id, substring(doc_number from 1 for position('〔' in doc_number) - 1), year, max(serial)
from supervision.notice
where position('〔' in doc_number) > 1
group by issuer_unit_id, substring(doc_number from 1 for position('〔' in doc_number) - 1), year
on conflict (issuer_unit_id, issuer_code, year) do update
  set last_serial = greatest(documents.number_sequence.last_serial, excluded.last_serial);

drop table supervision.doc_sequence;
drop table supervision.notice_serial;
