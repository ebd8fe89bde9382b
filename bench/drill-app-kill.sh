#!/usr/bin/env bash
# Drill: kill -9 one application node under the supervision load (20 users and a writer, through nginx), on the
# cluster of deploy/cluster.sh (with the demo data). Prints the failed requests and when they stopped, whether any
# user was sent to the sign-in page (a lost session), what nginx logged, and the load's own summary; then starts the
# node again.   bench/drill-app-kill.sh [node=1] [seconds before the kill=20] [measured s=90]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/drill-common.sh
NODE=${1:-1}; BEFORE=${2:-20}; MEASURED=${3:-90}
say "machine: $(nproc) cores, load average $(loadavg) before the drill"
errors_before=$(wc -l < "$DIR/logs/nginx-error.log" 2>/dev/null || echo 0)
start_load 10 "$MEASURED"
sleep "$BEFORE"
fault=$(now_ms)
kill -9 "$(cat "$DIR/run/app$NODE.pid")"
say "app$NODE killed (kill -9)"
wait "$LOAD" || true
say "load average after the drill: $(loadavg)"
python3 bench/drill-events.py "$OUT/events" "$fault"
echo "nginx: $(tail -n +"$((errors_before + 1))" "$DIR/logs/nginx-error.log" | grep -c 'connect() failed' || true) refused connections to the dead node, $(tail -n +"$((errors_before + 1))" "$DIR/logs/nginx-error.log" | grep -c 'temporarily disabled' || true) times marked unavailable"
echo "sessions kept in PostgreSQL: $(sql 'select count(*) from spring_session')"
tail -n 12 "$OUT/load.out"
say "starting app$NODE again"
deploy/cluster.sh up | tail -1
