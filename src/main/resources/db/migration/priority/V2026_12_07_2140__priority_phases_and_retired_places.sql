-- A campaign moves through its phases one at a time (自查 → 抽查整改 → 已结束); a campaign that already has spot
-- checks is in the second.
alter table priority.campaign add column phase varchar(12) not null default 'SELF_CHECK'
  check (phase in ('SELF_CHECK', 'SPOT_CHECK', 'CLOSED'));
update priority.campaign c set phase = 'SPOT_CHECK'
 where exists (select 1 from priority.campaign_place cp where cp.campaign_id = c.id and cp.spot_chosen is not null);

-- A place that closed or left the inspections is retired, not deleted: its history stays, and later campaigns leave
-- it out.
alter table priority.place add column retired_on date;
alter table priority.place add column retired_reason varchar(500);
alter table priority.place add check ((retired_on is null) = (retired_reason is null));
