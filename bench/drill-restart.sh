#!/usr/bin/env bash
# Drill: the whole cluster goes down at once, as in a power cut, under the supervision load (20 users and a writer,
# through nginx): kill -9 of nginx, both application nodes, both PostgreSQL keepers with their postmasters and the
# monitor. Then `deploy/cluster.sh up`, and nothing else, brings everything back: PostgreSQL recovers from its WAL,
# the monitor finds its primary and standby again, the nodes start, nginx serves. The load goes on throughout; the
# drill prints how long the cluster took to come back, and whether users were still signed in afterwards (the
# sessions are rows in PostgreSQL).   bench/drill-restart.sh [seconds before the cut=20] [seconds after the up=30]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/drill-common.sh
BEFORE=${1:-20}; AFTER=${2:-30}
say "machine: $(nproc) cores, load average $(loadavg) before the drill"
start_load 10 3600
sleep "$BEFORE"
pids=()
for n in nginx app1 app2; do [ -f "$DIR/run/$n.pid" ] && pids+=("$(cat "$DIR/run/$n.pid")"); done
# nginx's workers outlive a killed master: they go too
[ -f "$DIR/run/nginx.pid" ] && pids+=($(ps -o pid= --ppid "$(cat "$DIR/run/nginx.pid")"))
groups=()
for n in node1 node2 monitor; do
	[ -f "$DIR/run/$n.pid" ] && groups+=("-$(cat "$DIR/run/$n.pid")")
	[ -f "$PGD/$n/postmaster.pid" ] && pids+=("$(head -n 1 "$PGD/$n/postmaster.pid")")
done
fault=$(now_ms)
kill -9 -- "${groups[@]}" "${pids[@]}" 2>/dev/null || true
say "everything killed (kill -9): ${groups[*]} ${pids[*]}"
sleep 2
deploy/cluster.sh up
back=$(now_ms)
say "up returned $(awk -v a="$fault" -v b="$back" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s after the cut"
sleep "$AFTER"
kill "$LOAD" 2>/dev/null || true
wait "$LOAD" 2>/dev/null || true
say "load average after the drill: $(loadavg)"
python3 bench/drill-events.py "$OUT/events" "$fault" "$back"
deploy/cluster.sh status
