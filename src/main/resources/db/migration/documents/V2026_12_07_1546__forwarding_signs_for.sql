-- A unit that forwarded a document has received it (issue 15): receipts left unsigned by a forward already made read
-- signed for, when and by whom the forward was recorded. DocumentRegistry does the same for every forward from now on.
update documents.receipt r set signed_at = f.recorded_at, signed_by = f.recorded_by
from documents.document f
where f.forwards_id = r.document_id and f.issuer_unit_id = r.unit_id and r.signed_at is null;
