-- One-time tokens that let whoever started a new installation create its first administrators (/setup), issued at
-- each start while no administrator exists and printed to that node's console. Only the SHA-256 hash is kept: the
-- token itself is never stored. Creating the administrators uses up every token still open.
create table accounts.setup_token (
  token_hash  varchar(64) primary key,
  issued_at   timestamptz not null,
  expires_at  timestamptz not null,
  used_at     timestamptz
);
