#!/usr/bin/env bash
# The registry dashboard at scale (issue 5, item 10): generates N people (default 2,000,000) with
# bench/registry-people.sql on a fresh platform, then measures the stats API the dashboard reads, end to end over
# HTTP on loopback with a signed-in session: 200 calls each for the province (53), a prefecture (5323) and a county
# (532302), after 20 warm-up calls. For comparison it times the plain aggregate over the table the roll-ups replace.
# Target: the dashboard answers in under 50 ms at the median over 2,000,000 people.
#
# Usage: bench/registry-dashboard.sh [N]     (JAR replaces the jar; PORT the port, default 8096; EXPLAIN_OUT a file
# for the query plans at this size and the time one county's place recount takes)
# Prints one line: rows=N generate_s=… province_median_ms=… prefecture_median_ms=… county_median_ms=… aggregate_ms=…
set -euo pipefail
cd "$(dirname "$0")/.."

readonly N=${1:-2000000} PORT=${PORT:-8096} CALLS=200 WARMUP=20 USER_PASS='yunnan:Demo@2020'
jar=${JAR:-$(ls target/shuangyong-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
if [ -z "$jar" ]; then
  mvn -q -B -o -DskipTests package
  jar=$(ls target/shuangyong-*.jar | grep -v original | head -n 1)
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/shuangyong-dashboard.XXXXXX")
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"; for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

java -Xmx512m -jar "$jar" --shuangyong.demo.enabled=true --shuangyong.embedded-db.data-dir="$work/data" \
  --server.address=127.0.0.1 \
  --server.port="$PORT" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" || true)" = 200 ] && break
  sleep 1
done
# the demo data (people included) is loaded by the start-up runners before the port opens
pgport=$(sed -n 4p "$work/data/pgdata/postmaster.pid")
sql() { psql -q -X -h 127.0.0.1 -p "$pgport" -U postgres -d shuangyong "$@"; }

start=$(date +%s.%N)
sql -v n="$N" -f bench/registry-people.sql >"$work/generate.log"
generate_s=$(echo "$(date +%s.%N) - $start" | bc)
people=$(sql -At -c "select count(*) from beneficiaries.person")

jar_cookies="$work/cookies"
# sign in through the login form once, so the calls below carry a session and not a password hash check each
csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "http://127.0.0.1:$PORT/login" \
  | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=${USER_PASS%%:*}" \
  --data-urlencode "password=${USER_PASS#*:}" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/login"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar_cookies" "http://127.0.0.1:$PORT/api/v1/beneficiaries/stats?region=53")" = 200 ] \
  || { echo "could not sign in as ${USER_PASS%%:*}" >&2; exit 1; }
measure() {
  local region=$1 i
  for i in $(seq "$WARMUP"); do
    curl -s -o /dev/null -b "$jar_cookies" "http://127.0.0.1:$PORT/api/v1/beneficiaries/stats?region=$region"
  done
  for i in $(seq "$CALLS"); do
    curl -s -o /dev/null -b "$jar_cookies" -w '%{http_code} %{time_total}\n' \
      "http://127.0.0.1:$PORT/api/v1/beneficiaries/stats?region=$region"
  done | awk '$1 != 200 { bad++ } { print $2 * 1000 } END { if (bad) print "non-200: " bad > "/dev/stderr" }' \
    | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f %.1f", a[int((NR + 1) / 2)], a[int(NR * 0.95)] }'
}
read -r province province_p95 <<<"$(measure 53)"
read -r prefecture prefecture_p95 <<<"$(measure 5323)"
read -r county county_p95 <<<"$(measure 532302)"
curl -s -b "$jar_cookies" "http://127.0.0.1:$PORT/api/v1/beneficiaries/stats?region=53" >"$work/stats.json"
rolled=$(python3 -c "import json,sys; print(json.load(open('$work/stats.json'))['people'])")
[ "$rolled" = "$people" ] || { echo "roll-up says $rolled people, the table holds $people" >&2; exit 1; }

aggregate_ms=$(sql -At -c "\\timing on" -c "select c, count(*) from beneficiaries.person, unnest(categories) c group by 1" \
  | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1)
# where the time goes at this size: the SQL behind the county level, and what one recount of a county costs a write
{
  sql -c "explain (analyze, buffers) select left(region_code, 9), sum(people), sum(households) from beneficiaries.place_total where region_code like '532302%' group by 1"
  sql -c "explain (analyze, buffers) select category, sum(people) from beneficiaries.person_count where county_code like '53%' group by 1"
  sql -c "explain (analyze, buffers) select c.id, coalesce(sum(r.targets), 0) from beneficiaries.visit_campaign c left join beneficiaries.visit_rollup r on r.campaign_id = c.id and r.county_code like '532302%' where c.region_code like '532302%' or '532302' like c.region_code || '%' group by c.id"
  sql -c "\\timing on" -c "select beneficiaries.place_refresh(array['532302']::varchar[])" -c "select beneficiaries.place_refresh(array['532302101001']::varchar[])"
} >"${EXPLAIN_OUT:-/dev/null}" 2>&1
echo "rows=$people generate_s=$generate_s province_median_ms=$province province_p95_ms=$province_p95" \
  "prefecture_median_ms=$prefecture prefecture_p95_ms=$prefecture_p95 county_median_ms=$county county_p95_ms=$county_p95" \
  "aggregate_ms=$aggregate_ms"
