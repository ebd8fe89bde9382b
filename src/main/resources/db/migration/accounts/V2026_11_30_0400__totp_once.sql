-- The time step of the last TOTP code that signed the account in: a code is accepted once (RFC 6238 §5.2), so a code
-- read over the shoulder or replayed from a captured request within its 90-second window signs nobody in.
alter table accounts.account add column totp_last_step bigint;
