#!/usr/bin/env bash
# Supervision board and dashboard at provincial scale: starts the platform on a fresh demo database, waits for the
# demo plans and their history, adds a forwarded plan for each of the 16 prefectures and 129 counties (about 5,000
# tasks and 50,000 reports, bench/ProvincialScale.java), then puts 20 signed-in users of 30 accounts (every working
# role and level) on the board and the dashboard, each request drawn from what that user may choose, while one
# writer changes a task every second (bench/SupervisionLoad.java). Prints p50/p95/p99 and the caches' hit rates in
# the measured window, read from the platform's log. Results go in docs/benchmarks.md by hand, with the load of the
# machine at the time.
#
#   bench/supervision-load.sh [users=20] [warm-up s=30] [measured s=120]
# Environment: PORT (8094), DB_PORT (55494), DATA (/tmp/sy-bench-data, deleted first), JAR (target/…jar).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${1:-20}; WARM=${2:-30}; MEASURED=${3:-120}
PORT=${PORT:-8094}; DB_PORT=${DB_PORT:-55494}; DATA=${DATA:-/tmp/sy-bench-data}
JAR=${JAR:-target/shuangyong-0.1.0-SNAPSHOT.jar}
PGJDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
[ -f "$JAR" ] || mvn -o -q package -DskipTests
rm -rf "$DATA"
# the caches log their running totals every two seconds, so the run can say how many answers they gave
java -Dshuangyong.cache.report-every=PT2S -jar "$JAR" --shuangyong.demo.enabled=true --shuangyong.embedded-db.data-dir="$DATA" --shuangyong.embedded-db.port="$DB_PORT" \
  --server.port="$PORT" > "$DATA.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
echo "platform pid $APP, log $DATA.log; waiting for the demo plans and their history"
for i in $(seq 1 600); do
  if grep -q "云拥办〔2020〕1号 的办理记录已生成" "$DATA.log" 2>/dev/null; then break; fi
  if ! kill -0 $APP 2>/dev/null; then echo "platform stopped; see $DATA.log"; exit 1; fi
  sleep 1
done
java -cp "$PGJDBC" bench/ProvincialScale.java "jdbc:postgresql://localhost:$DB_PORT/shuangyong"
# the escalation job's first sweep (30 s after the start, then daily at 07:00) issues some five hundred notices on
# this data: a once-a-day catch-up, not the reading load measured here, so the run waits until it is done
echo "waiting for the escalation job's first sweep"
for i in $(seq 1 600); do
  if grep -q "督办：.* 的检查完成" "$DATA.log" 2>/dev/null; then break; fi
  sleep 1
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
java -cp "$PGJDBC" bench/SupervisionLoad.java "http://localhost:$PORT" "$USERS" "$WARM" "$MEASURED" \
  "jdbc:postgresql://localhost:$DB_PORT/shuangyong" "$DATA.log"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
