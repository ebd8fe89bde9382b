-- The units a message was addressed to, so that a unit it reached nobody in (no working account, or every channel
-- failed) is seen as not reached rather than silently missing from the deliveries.
create table notifications.message_unit (
  message_id bigint not null references notifications.message (id) on delete cascade,
  unit_id    bigint not null,
  primary key (message_id, unit_id)
);
create index message_unit_unit_idx on notifications.message_unit (unit_id);
