#!/usr/bin/env bash
# Kill -9 in the middle of a bulk import (issue 5 item 4), outside CI: the real process, the real database.
#   1. starts the platform (demo mode) on a fresh data dir, with the upload limits raised for a large file;
#   2. uploads N generated people through the API as the province office (yunnan), ALL_OR_NOTHING;
#   3. waits until the job has written part of the rows (rows_written > 0, or DELAY seconds), then kill -9 the JVM
#      and kill -9 the embedded PostgreSQL too (a power cut: nothing gets a chance to clean up);
#   4. restarts the platform on the same data dir and waits for the job the dead process left to end;
#   5. checks in the database: the job's people (beside the demo's own) are 0 or N, never in between; no ID lookup
#      hash twice; the job is DONE with imported = N, or FAILED with nothing imported (then it can be rerun by
#      uploading the file again); and the registry roll-ups (person_count, county_total) equal a plain count.
# Prints one line per run: run=i killed_at=… rows_written_before_kill=… persons_at_restart=… status=… persons=…
# dupes=… rollups_off=… verdict=OK|BAD
#
# Usage: bench/import-kill.sh [N=200000] [RUNS=1]     PORT (default 8097), PGPORT (default 58097), JAR, KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200000}
runs=${2:-1}
port=${PORT:-8097}
pgport=${PGPORT:-58097}
jar=${JAR:-$(ls target/shuangyong-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
[ -n "$jar" ] || { mvn -o -q -DskipTests package; jar=$(ls target/shuangyong-*.jar | grep -v original | head -n 1); }
base="http://127.0.0.1:$port"
auth=(-u yunnan:Demo@2020)
work=$(mktemp -d "${TMPDIR:-/tmp}/shuangyong-import-kill.XXXXXX")
chmod 755 "$work" # the platform may fall back to Debian's PostgreSQL, run as user postgres
pid=""
stop_all() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  # the database dies too, postmaster and backends by their ids; then wait until they are gone
  local pm pids
  if [ -f "$work/data/pgdata/postmaster.pid" ]; then
    pm=$(head -n 1 "$work/data/pgdata/postmaster.pid")
    pids="$pm $(ps -o pid= --ppid "$pm" 2>/dev/null | tr '\n' ' ')"
    kill -9 $pids 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 $pids 2>/dev/null || break; sleep 1; done
  fi
  pid=""
}
cleanup() { stop_all; [ "${KEEP:-0}" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT

# the demo's business date is 2020-09-30: categories of the set in force then
CATEGORY_SET=2019 python3 bench/generate-beneficiaries.py "$n" "$work/people.csv" "${SEED:-7}"
bytes=$(stat -c %s "$work/people.csv")

start() {
  java -Xmx512m -jar "$jar" --shuangyong.demo.enabled=true --shuangyong.embedded-db.data-dir="$work/data" \
    --shuangyong.embedded-db.port="$pgport" \
    --server.port="$port" --shuangyong.beneficiaries.import.max-file-size=$((bytes / 1024 / 1024 + 2))MB \
    --shuangyong.beneficiaries.import.max-rows=$((n + 1)) --spring.servlet.multipart.max-file-size=1GB \
    --spring.servlet.multipart.max-request-size=1GB >>"$work/platform.log" 2>&1 &
  pid=$!
  # ready once started and the demo accounts exist (created after the web server opens)
  for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null "${auth[@]}" -w '%{http_code}' "$base/api/v1/beneficiaries/imports/0")" = 404 ] && return 0
    kill -0 "$pid" 2>/dev/null || { tail -50 "$work/platform.log" >&2; echo "platform died on start" >&2; exit 1; }
    sleep 1
  done
  echo "platform did not start" >&2; exit 1
}
sql() { psql -X -q -t -A -h 127.0.0.1 -p "$pgport" -U postgres -d shuangyong -c "$1"; }

for run in $(seq 1 "$runs"); do
  stop_all
  rm -rf "$work/data"
  start
  job=$(curl -fs "${auth[@]}" -F "file=@$work/people.csv;filename=people.csv" -F mode=ALL_OR_NOTHING \
    "$base/api/v1/beneficiaries/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  # kill while the rows are being written (the write pass), or after DELAY seconds, whichever comes first
  started=$(date +%s.%N)
  written=0
  for _ in $(seq 1 "$((${DELAY:-600} * 5))"); do
    written=$(sql "select rows_written from beneficiaries.import_job where id = $job")
    [ "${written:-0}" -gt "${KILL_AFTER_ROWS:-1}" ] && break
    sleep 0.2
  done
  killed_at=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1fs", e - s }')
  stop_all
  sleep 1
  # what a power cut left: the database restarted on its own files, before the platform runs again
  start
  # the demo seeds people of its own (240 at present, some of them after a restart): count the import's people only
  after_kill=$(sql "select count(*) from beneficiaries.person where import_id = $job")
  status=RUNNING
  for _ in $(seq 1 1200); do
    status=$(sql "select status from beneficiaries.import_job where id = $job")
    [ "$status" != RUNNING ] && break
    sleep 1
  done
  persons=$(sql "select count(*) from beneficiaries.person where import_id = $job")
  dupes=$(sql "select count(*) - count(distinct id_lookup) from beneficiaries.person")
  imported=$(sql "select imported from beneficiaries.import_job where id = $job")
  # the roll-ups the import counts itself before its commit, against a plain count (0 = exact)
  rollup_off=$(sql "select count(*) from ((select county_code, c, count(*) from beneficiaries.person, unnest(categories) c
      group by 1, 2) except (select county_code, category, people from beneficiaries.person_count where people <> 0)) d")
  rollup_off=$((rollup_off + $(sql "select count(*) from beneficiaries.county_total t where people <> (select count(*)
      from beneficiaries.person p where p.county_code = t.county_code)")))
  verdict=OK
  [ "$rollup_off" = 0 ] || verdict=BAD
  [ "$dupes" = 0 ] || verdict=BAD
  { [ "$persons" = 0 ] || [ "$persons" = "$n" ]; } || verdict=BAD
  { [ "$status" = DONE ] && [ "$imported" = "$n" ]; } || { [ "$status" = FAILED ] && [ "$persons" = 0 ]; } || verdict=BAD
  # persons_after_kill is read once the platform is up again, so a recovered job may already have written it all
  echo "run=$run rows=$n killed_at=$killed_at rows_written_before_kill=$written persons_at_restart=$after_kill status=$status imported=$imported persons=$persons dupes=$dupes rollups_off=$rollup_off verdict=$verdict"
done
