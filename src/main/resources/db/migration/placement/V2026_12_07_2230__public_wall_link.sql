-- The wall's public link (issue #18: "a wall page ... for anyone with the link"): an unguessable key per round,
-- 122 random bits, that opens the wall without signing in; the wall shows masked names only.
alter table placement.round add column wall_key uuid not null default gen_random_uuid();
alter table placement.round add constraint round_wall_key_unique unique (wall_key);
