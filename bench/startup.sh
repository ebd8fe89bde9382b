#!/usr/bin/env bash
# Measures how long the platform takes to start, from the java process starting to the platform answering and a demo
# account signing in:
#   - the first start on an empty data folder (creates the PostgreSQL cluster, loads the directory and the demo data);
#   - a restart on the same folder, three times, of which the median counts.
# Targets (issue): a restart under 15 s, the first start under 60 s.
#
# Usage: bench/startup.sh [--kill]
#   --kill  end the first run with kill -9 instead of SIGTERM, and check that the restart still comes up (the platform
#           stops the postmaster the killed run left behind).
# To compare ways of starting: JAVA_OPTS (e.g. "-XX:TieredStopAtLevel=1") goes to the JVM, JAR replaces the jar.
# Exit status: 0 targets met, 1 a start or stop failed, 2 wrong usage, 3 a target missed.
# Only loopback is used; the data folder is a fresh temporary one, removed at the end; the logs stay in bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly FIRST_TARGET_S=60 RESTART_TARGET_S=15 RESTARTS=3
readonly START_TIMEOUT_S=${STARTUP_TIMEOUT:-300} STOP_TIMEOUT_S=60
readonly DEMO_USER=lufeng DEMO_PASSWORD='Demo@2020'

kill_first=false
case "${1:-}" in
  --kill) kill_first=true ;;
  "") ;;
  *) echo "usage: $0 [--kill]" >&2; exit 2 ;;
esac

jar=${JAR:-$(ls target/shuangyong-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
if [ -z "$jar" ]; then
  echo "building the jar …" >&2
  mvn -q -B -DskipTests package
  jar=$(ls target/shuangyong-*.jar | grep -v original | head -n 1)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/shuangyong-startup.XXXXXX")
data="$work/data"
# the logs of every start are kept here, with timestamps, to see what took the time
logs="bench/out/startup-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$logs"
pid=""
port=""

cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait_for_exit "$pid" || kill -KILL "$pid" 2>/dev/null || true
  fi
  # a postmaster of this run's data folder that outlived the platform (after a failed start or a kill -9)
  local postmaster
  postmaster=$(head -n 1 "$data/pgdata/postmaster.pid" 2>/dev/null || true)
  if [ -n "$postmaster" ] && tr '\0' ' ' <"/proc/$postmaster/cmdline" 2>/dev/null | grep -qF "$data"; then
    kill -INT "$postmaster" 2>/dev/null || true
    wait_for_exit "$postmaster" || kill -KILL "$postmaster" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

now() { date +%s.%N; }

seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# A port nothing listens on yet; the platform gets it as --server.port.
free_port() {
  local candidate tries
  for tries in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  fail "no free port found"
}

status_of() {
  curl --noproxy '*' -s -o /dev/null -w '%{http_code}' --max-time "${MAX_TIME:-2}" "$@" || true
}

# Starts the platform in the background on the data folder; sets pid, port and started.
start() {
  local log=$1
  port=$(free_port)
  started=$(now)
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  java ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -jar "$jar" --shuangyong.demo.enabled=true --shuangyong.embedded-db.data-dir="$data" \
    --server.address=127.0.0.1 --server.port="$port" >"$log" 2>&1 &
  pid=$!
}

# Waits until the platform has run its start-up tasks (the start notice is printed after them) and answers the health
# check and the login page; prints the seconds since start.
await_ready() {
  local log=$1 deadline=$((SECONDS + START_TIMEOUT_S))
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; fail "the platform exited during start ($log)"; }
    if grep -q '双拥工作平台已启动' "$log" \
      && [ "$(status_of "http://127.0.0.1:$port/actuator/health")" = 200 ] \
      && [ "$(status_of "http://127.0.0.1:$port/login")" = 200 ]; then
      seconds_between "$started" "$(now)"
      return 0
    fi
    sleep 0.2
  done
  tail -n 30 "$log" >&2
  fail "not ready after ${START_TIMEOUT_S} s ($log)"
}

# A demo account signs in (HTTP Basic on the JSON API), so the demo data is there and usable.
check_demo_login() {
  # one try with time to spare: the first signed-in request warms up the security chain
  [ "$(MAX_TIME=30 status_of -u "$DEMO_USER:$DEMO_PASSWORD" "http://127.0.0.1:$port/api/v1/regions/53/children")" = 200 ] \
    || fail "the demo account $DEMO_USER cannot sign in"
}

wait_for_exit() {
  local target=$1 deadline=$((SECONDS + STOP_TIMEOUT_S))
  while kill -0 "$target" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.2
  done
  ! kill -0 "$target" 2>/dev/null
}

stop() {
  kill -TERM "$pid" 2>/dev/null || fail "the platform had exited before it was stopped"
  wait_for_exit "$pid" || fail "the platform did not stop within ${STOP_TIMEOUT_S} s of SIGTERM"
  wait "$pid" 2>/dev/null || true
  pid=""
  [ ! -e "$data/pgdata/postmaster.pid" ] || fail "the database server was left running after a clean stop"
}

kill_hard() {
  kill -KILL "$pid" 2>/dev/null || fail "the platform had exited before it was killed"
  wait "$pid" 2>/dev/null || true
  pid=""
  left=$(head -n 1 "$data/pgdata/postmaster.pid" 2>/dev/null || true)
  if [ -n "$left" ] && kill -0 "$left" 2>/dev/null; then
    echo "kill -9 left the postmaster $left running" >&2
  fi
}

# CPU seconds the java process has used so far (user + system): a figure a busy machine does not inflate the way it
# inflates the wall time.
cpu_seconds() {
  awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / tck }' "/proc/$pid/stat"
}

load_average() { cut -d ' ' -f 1 /proc/loadavg; }

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "jar: $jar; data folder: $data; logs: $logs" >&2

load=$(load_average)
start "$logs/first.log"
first=$(await_ready "$logs/first.log")
cpu=$(cpu_seconds)
grep -q '演示账号已创建' "$logs/first.log" || fail "the first start created no demo accounts"
check_demo_login
echo "first start: ${first} s (java used ${cpu} s of CPU; load average before: $load)" >&2
grep -E '组织机构目录已载入|Started .* in' "$logs/first.log" | sed 's/^/  /' >&2 || true
if $kill_first; then
  kill_hard
else
  stop
fi

restarts=()
for run in $(seq 1 "$RESTARTS"); do
  load=$(load_average)
  start "$logs/restart-$run.log"
  took=$(await_ready "$logs/restart-$run.log")
  cpu=$(cpu_seconds)
  check_demo_login
  if [ "$run" = 1 ] && $kill_first; then
    [ -z "${left:-}" ] || ! kill -0 "$left" 2>/dev/null || fail "the postmaster $left of the killed run still runs"
    grep -h '发现上次未正常关闭的数据库进程' "$logs/restart-1.log" | sed 's/^/  /' >&2 || true
  fi
  echo "restart $run: ${took} s (java used ${cpu} s of CPU; load average before: $load)" >&2
  grep -E 'Started .* in' "$logs/restart-$run.log" | sed 's/^/  /' >&2 || true
  restarts+=("$took")
  stop
done

restart=$(median "${restarts[@]}")
if $kill_first; then
  echo "first_start_s=$first restart_s=$restart (median of $RESTARTS; the first run ended with kill -9)"
else
  echo "first_start_s=$first restart_s=$restart (median of $RESTARTS)"
fi

missed=0
if awk -v t="$first" -v limit="$FIRST_TARGET_S" 'BEGIN { exit !(t >= limit) }'; then
  echo "MISSED: the first start took ${first} s, target under ${FIRST_TARGET_S} s" >&2
  missed=1
fi
if awk -v t="$restart" -v limit="$RESTART_TARGET_S" 'BEGIN { exit !(t >= limit) }'; then
  echo "MISSED: a restart took ${restart} s, target under ${RESTART_TARGET_S} s" >&2
  missed=1
fi
[ "$missed" = 0 ] || exit 3
