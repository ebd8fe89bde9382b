-- The seed plans whose demo history has been written, so it is written once however often the platform starts.
create table supervision.demo_history (
  plan_id    bigint primary key,
  written_at timestamp with time zone not null default now()
);
