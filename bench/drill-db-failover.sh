#!/usr/bin/env bash
# Drill: kill the PostgreSQL primary under the supervision load (20 users and a writer, through nginx), on the cluster
# of deploy/cluster.sh (with the demo data). Its keeper (the pg_autoctl process group) and its postmaster are killed
# together with -9, since a keeper alone would restart a killed postmaster in place; the monitor promotes the standby.
#   1. shows pg_auto_failover's replication settings (replication quorum, number-sync-standbys) and measures what
#      synchronous replication costs a write: pgbench, one client inserting rows, with the standby in the quorum
#      (synchronous_standby_names = ANY 1) and out of it (asynchronous);
#   2. kills the primary, measures when the standby is promoted and the seconds the writers could not write: the
#      load's writer through the platform, and bench/WriteProbe.java straight to the database ten times a second;
#   3. checks that every write acknowledged before the kill is there afterwards (the writer's report texts carry a
#      token each; its sign-offs must have signed the task off; the probe reads back its acknowledged ids);
#   4. starts the old primary again, which rejoins as the standby.
#   bench/drill-db-failover.sh [seconds before the kill=20] [measured s=240]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/drill-common.sh
BEFORE=${1:-20}; MEASURED=${2:-240}
say "machine: $(nproc) cores, load average $(loadavg) before the drill"
as_postgres pg_autoctl show settings --pgdata "$PGD/monitor"

primary=$(primary_port); standby=$([ "$primary" = 5502 ] && echo 5503 || echo 5502)
pnode=node$((primary - 5501)); snode=node$((standby - 5501))
# write latency with and without the standby in the quorum: one client, single-row inserts, 15 s each
psql -XAtq -h 127.0.0.1 -p "$primary" -U postgres -d postgres \
	-c "create table if not exists drill_write_latency (id bigserial primary key, at timestamptz default now())"
latency() {
	echo 'insert into drill_write_latency default values;' > "$OUT/insert.sql"
	pgbench -n -h 127.0.0.1 -p "$primary" -U postgres -c 1 -T 15 -f "$OUT/insert.sql" postgres 2>/dev/null |
		grep -E 'latency average|tps' | head -2 | tr '\n' ' '
}
echo "write latency, standby in the quorum ($(psql -XAtq -h 127.0.0.1 -p "$primary" -U postgres -c 'show synchronous_standby_names')): $(latency)"
as_postgres pg_autoctl set node replication-quorum false --pgdata "$PGD/$snode" >/dev/null
sleep 3
echo "write latency, asynchronous ($(psql -XAtq -h 127.0.0.1 -p "$primary" -U postgres -c 'show synchronous_standby_names')): $(latency)"
as_postgres pg_autoctl set node replication-quorum true --pgdata "$PGD/$snode" >/dev/null
sleep 3
echo "back in the quorum: synchronous_standby_names = $(psql -XAtq -h 127.0.0.1 -p "$primary" -U postgres -c 'show synchronous_standby_names')"

start_load 10 "$MEASURED"
# beside the platform's writer, a probe writing straight to the database ten times a second (bench/WriteProbe.java)
java -cp "$PGJDBC" bench/WriteProbe.java \
	"jdbc:postgresql://127.0.0.1:5502,127.0.0.1:5503/postgres?targetServerType=primary" $((BEFORE + 90)) \
	"$OUT/probe-acked" > "$OUT/probe.out" 2>&1 &
PROBE=$!
sleep "$BEFORE"
postmaster=$(head -n 1 "$PGD/$pnode/postmaster.pid")
keeper=$(cat "$DIR/run/$pnode.pid")
fault=$(now_ms)
kill -9 -- "-$keeper" "$postmaster"
say "primary $pnode (port $primary) killed: keeper group $keeper, postmaster $postmaster"
for _ in $(seq 1 600); do
	[ "$(psql -XAtq -h 127.0.0.1 -p "$standby" -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break
	sleep 0.2
done
promoted=$(now_ms)
say "$snode (port $standby) promoted $(awk -v a="$fault" -v b="$promoted" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s after the kill"
wait "$LOAD" || true
wait "$PROBE" || true
say "load average after the drill: $(loadavg)"
python3 bench/drill-events.py "$OUT/events" "$fault"
cat "$OUT/probe.out"

# every acknowledged write is on the new primary: one query over all of them
values=$(grep ' ACK ' "$OUT/events" | awk '{ printf "%s(%s, %s, %s)", (n++ ? ", " : ""), "'"'"'" $3 "'"'"'", $4, "'"'"'" $5 "'"'"'" }')
echo "acknowledged writes checked on the new primary: $(sql "select count(*) || ', missing: ' || count(*) filter (where not case kind
	when 'report' then exists (select 1 from supervision.progress_report r where r.task_id = a.task and r.text like '%' || a.token)
	when 'sign-off' then exists (select 1 from supervision.task t where t.id = a.task and t.state = 'SIGNED_OFF')
	when 'submit' then exists (select 1 from supervision.task t where t.id = a.task and t.state in ('SUBMITTED', 'SIGNED_OFF'))
	else exists (select 1 from supervision.task t where t.id = a.task and t.state <> 'ASSIGNED') end)
	from (values $values) a(kind, task, token)")"
as_postgres pg_autoctl show events --pgdata "$PGD/monitor" --count 8 | cut -c1-160
tail -n 12 "$OUT/load.out"

say "starting the old primary again: it rejoins as the standby"
deploy/cluster.sh up | tail -1
for _ in $(seq 1 300); do
	as_postgres pg_autoctl show state --pgdata "$PGD/monitor" | grep -q "$pnode .* secondary .* secondary" && break
	sleep 1
done
as_postgres pg_autoctl show state --pgdata "$PGD/monitor"
