#!/usr/bin/env bash
# Honours coverage at scale (issue 5, item 10: "the coverage dashboard over 2,000,000 people answers in under 50 ms at
# the median"), through the code users reach: starts the packaged platform on a fresh data folder (demo mode),
# generates N people (default 2,000,000) with bench/registry-people.sql, hangs plaques on 60 % of the eligible
# households and has the platform recount them (beneficiaries.honour_refresh, as the plaque code does), signs in as
# `yunnan` through the login form, and calls the coverage API the dashboard and the map read
# (GET /api/v1/beneficiaries/coverage?region=…: HonoursCoverage.of and .parts, the region names, the JSON) CALLS
# times each for the province (53), a prefecture (5323) and a county (532302) after WARMUP calls, timing each call
# with curl over loopback. It checks that the province's figures equal the plain aggregate over the households, and
# times that aggregate once for comparison.
#
# Usage: bench/coverage.sh [N] [CALLS=200]   (JAR replaces the jar; PORT the port, default 8097)
# Prints one line: people=… generate_s=… province_median_ms=… province_p95_ms=… prefecture_… county_… plain_ms=…
set -euo pipefail
cd "$(dirname "$0")/.."

readonly N=${1:-2000000} CALLS=${2:-200} PORT=${PORT:-8097} WARMUP=20 USER_PASS='yunnan:Demo@2020'
jar=${JAR:-$(ls target/shuangyong-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
if [ -z "$jar" ]; then
  mvn -q -B -o -DskipTests package
  jar=$(ls target/shuangyong-*.jar | grep -v original | head -n 1)
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/shuangyong-coverage.XXXXXX")
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
  kill -0 "$pid" 2>/dev/null || { echo "the platform stopped; see its log:" >&2; tail -n 20 "$work/app.log" >&2; exit 1; }
  sleep 1
done
pgport=$(sed -n 4p "$work/data/pgdata/postmaster.pid")
sql() { psql -q -X -h 127.0.0.1 -p "$pgport" -U postgres -d shuangyong -v ON_ERROR_STOP=1 "$@"; }

start=$(date +%s.%N)
sql -v n="$N" -f bench/registry-people.sql >"$work/generate.log"
# plaques on 60 % of the eligible households that have none yet, recounted the way the plaque code recounts them
sql -c "insert into beneficiaries.plaque (household_id, state, hung_on, hung_by)
        select household_id, 'HUNG', date '2020-07-30', 'bench' from beneficiaries.household_honour h
        where eligible and household_id % 10 < 6
          and not exists (select 1 from beneficiaries.plaque p where p.household_id = h.household_id)" \
    -c "select beneficiaries.honour_refresh(array(select household_id from beneficiaries.plaque where hung_by = 'bench'))" \
    -c "vacuum analyze" >/dev/null
generate_s=$(echo "$(date +%s.%N) - $start" | bc)
people=$(sql -At -c "select count(*) from beneficiaries.person")

cookies="$work/cookies"
csrf=$(curl -s -c "$cookies" -b "$cookies" "http://127.0.0.1:$PORT/login" \
  | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=${USER_PASS%%:*}" \
  --data-urlencode "password=${USER_PASS#*:}" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/login"
api="http://127.0.0.1:$PORT/api/v1/beneficiaries/coverage"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$api?region=53")" = 200 ] \
  || { echo "could not sign in as ${USER_PASS%%:*}" >&2; exit 1; }
measure() {
  local region=$1 i
  for i in $(seq "$WARMUP"); do curl -s -o /dev/null -b "$cookies" "$api?region=$region"; done
  for i in $(seq "$CALLS"); do
    curl -s -o /dev/null -b "$cookies" -w '%{http_code} %{time_total}\n' "$api?region=$region"
  done | awk '$1 != 200 { bad++ } { print $2 * 1000 } END { if (bad) print "non-200: " bad > "/dev/stderr" }' \
    | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f %.1f", a[int((NR + 1) / 2)], a[int(NR * 0.95)] }'
}
read -r province province_p95 <<<"$(measure 53)"
read -r prefecture prefecture_p95 <<<"$(measure 5323)"
read -r county county_p95 <<<"$(measure 532302)"

# the API's province figures against the plain aggregate the roll-up replaces
curl -s -b "$cookies" "$api?region=53" >"$work/coverage.json"
api_figures=$(python3 -c "import json; c = json.load(open('$work/coverage.json'))['plaqueCoverage']; print(c['eligibleHouseholds'], c['withPlaque'])")
plain="select count(*), count(*) filter (where exists (select 1 from beneficiaries.plaque pl where pl.household_id = h.id and pl.state = 'HUNG'))
  from beneficiaries.household h where h.region_code like '53%' and exists (select 1 from beneficiaries.person p
  where p.household_id = h.id and p.categories && array(select category_code from beneficiaries.plaque_rule where eligible))"
plain_figures=$(sql -At -F ' ' -c "$plain")
[ "$api_figures" = "$plain_figures" ] \
  || { echo "the API says $api_figures (eligible, with plaque), the plain aggregate $plain_figures" >&2; exit 1; }
plain_ms=$(sql -At -c "\\timing on" -c "$plain" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1)
echo "people=$people generate_s=$generate_s eligible_with_plaque=\"$api_figures\"" \
  "province_median_ms=$province province_p95_ms=$province_p95 prefecture_median_ms=$prefecture" \
  "prefecture_p95_ms=$prefecture_p95 county_median_ms=$county county_p95_ms=$county_p95 plain_ms=$plain_ms"
