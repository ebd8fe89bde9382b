-- The id of the key that sealed each entry (HMAC-SM3, key outside the database). Entries written before the chain was
-- keyed keep null and are checked with plain SM3; the append-only trigger does not stop adding a column.
alter table audit.audit_event add column chain_key varchar(32);
