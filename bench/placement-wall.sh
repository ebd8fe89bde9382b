#!/usr/bin/env bash
# The day of the choice at scale (issue #18): starts the platform on a fresh demo database, then
# bench/PlacementWallLoad.java prepares 禄丰's 2020 round of 600 soldiers and 700 posts over the API, puts 300 anonymous
# watchers on the wall's public link (each fetching the live part one second after its last answer, as the page's
# htmx does), has the operator choose 100 soldiers in rank order, one every 1.5 s, and prints the operator's choice
# request, the wall's fetches and "choice to wall" (p50/p95/p99); then sends 1,000 choices at once at the last places
# and checks the database for lost or doubled choices. Results go in docs/benchmarks.md by hand, with the machine's load.
#
#   bench/placement-wall.sh [soldiers=600] [posts=700] [watchers=300] [choices=100] [interval ms=1500]
# Environment: PORT (8094), DB_PORT (58394), DATA (/tmp/placement3-data, deleted first), JAR (target/…jar).
# On a shared machine run it under nice: nice -n 10 bench/placement-wall.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8094}; DB_PORT=${DB_PORT:-58394}; DATA=${DATA:-/tmp/placement3-data}
JAR=${JAR:-target/shuangyong-0.1.0-SNAPSHOT.jar}
PGJDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
[ -f "$JAR" ] || mvn -o -q package -DskipTests
rm -rf "$DATA"
java -jar "$JAR" --shuangyong.demo.enabled=true --shuangyong.embedded-db.data-dir="$DATA" --shuangyong.embedded-db.port="$DB_PORT" \
  --server.port="$PORT" > "$DATA.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
echo "platform pid $APP, log $DATA.log; waiting for it to answer"
for i in $(seq 1 900); do
  if curl -fsS -o /dev/null "http://localhost:$PORT/actuator/health" 2>/dev/null; then break; fi
  if ! kill -0 $APP 2>/dev/null; then echo "platform stopped; see $DATA.log"; exit 1; fi
  sleep 1
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
java -cp "$PGJDBC" bench/PlacementWallLoad.java "http://localhost:$PORT" "jdbc:postgresql://localhost:$DB_PORT/shuangyong" "$@"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
