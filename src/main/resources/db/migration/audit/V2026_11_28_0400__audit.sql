-- The tamper-evident audit log: who saw or changed what, when, from where, with what outcome.
create schema if not exists audit;

create table audit.audit_event (
  id          bigint generated always as identity primary key,
  occurred_at timestamp with time zone not null,
  actor       varchar(64) not null,
  actor_unit  bigint,
  actor_region varchar(12),
  source_ip   varchar(64),
  event_type  varchar(40) not null,
  object_type varchar(40),
  object_id   varchar(64),
  outcome     varchar(10) not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
  detail      varchar(1000),
  prev_hash   char(64) not null,
  hash        char(64) not null unique
);
create index audit_event_time_idx on audit.audit_event (occurred_at);
create index audit_event_actor_idx on audit.audit_event (actor);
create index audit_event_type_idx on audit.audit_event (event_type);

-- The head of the hash chain; appending locks this one row, so entries chain in a single order across nodes.
create table audit.chain_head (
  id        int primary key check (id = 1),
  last_hash char(64) not null
);
insert into audit.chain_head (id, last_hash) values (1, repeat('0', 64));

-- 等保 安全审计: audit records are protected from change and deletion.
create function audit.reject_change() returns trigger language plpgsql as $$
begin
  raise exception '审计记录不可修改或删除';
end;
$$;
create trigger audit_event_append_only before update or delete on audit.audit_event
  for each row execute function audit.reject_change();
