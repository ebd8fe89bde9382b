#!/usr/bin/env bash
# Bulk-import benchmark (issue 5 item 10, issue 22 item 4): generates N made-up beneficiaries of Yunnan and imports them
# twice into the same PostgreSQL database in the same run:
#   1. through the platform's own import code, from the local CSV file (the jar's import-beneficiaries command, so the
#      upload limit does not apply), with a 512 MB heap: reading, checking every row, the checks across rows,
#      households, SM4-GCM encryption of ID number, phone and address, HMAC-SM3 lookup hashes, COPY into
#      beneficiaries.person, the roll-ups, all in one transaction;
#   2. through PostgreSQL's COPY, as plain text, of the very rows step 1 wrote: into a table made with
#      `LIKE beneficiaries.person INCLUDING ALL` (the registry's seven indexes, no foreign key, no trigger: issue 22's
#      baseline), and into a table with only the unique indexes (issue 5's baseline).
# Prints, last: rows=N platform_rows_per_s=… copy_rows_per_s=… ratio=… unique_copy_rows_per_s=… unique_ratio=…
# where ratio is against the all-indexes COPY (target: >= 0.5 at 200,000 and at 1,000,000) and unique_ratio against
# the unique-indexes one. Before it: the time of each phase of the platform's import.
#
# Usage: bench/import.sh N        JAR=… overrides the jar; HEAP (default 512m); KEEP=1 keeps the work folder;
#        JAVA_OPTS=… adds JVM options (a JFR recording), PG_OPTS=… server settings ("-c log_min_duration_statement=200");
#        HOUSEHOLDS=1 (default) writes the file with a 户主 column and households of 1–4 people (about 0.57 households
#        a person, see generate-beneficiaries.py), HOUSEHOLDS=0 a household per person with no such column.
# Needs Debian's PostgreSQL 15 (/usr/lib/postgresql/15/bin) and psql; runs the server as user postgres when root.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/import.sh N}
heap=${HEAP:-512m}
bin=/usr/lib/postgresql/15/bin
jar=${JAR:-$(ls target/shuangyong-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
[ -n "$jar" ] || { mvn -o -q -DskipTests package; jar=$(ls target/shuangyong-*.jar | grep -v original | head -n 1); }

work=$(mktemp -d "${TMPDIR:-/tmp}/shuangyong-import-bench.XXXXXX")
chmod 777 "$work"
port=$((56000 + RANDOM % 4000))
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

HOUSEHOLDS=${HOUSEHOLDS:-1} python3 bench/generate-beneficiaries.py "$n" "$work/people.csv"
as_pg "$bin/initdb" -D "$work/pg" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
as_pg "$bin/pg_ctl" -D "$work/pg" -o "-p $port -k $work -c max_wal_size=4GB ${PG_OPTS:-}" -l "$work/pg.log" -w start >/dev/null
psql=(psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1)

key() { head -c "$1" /dev/urandom | base64 -w0; }
out=$(java -Xmx"$heap" ${JAVA_OPTS:-} -jar "$jar" import-beneficiaries "$work/people.csv" --unit=yn-office \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$port/postgres" --spring.datasource.username=postgres \
  --shuangyong.demo.enabled=false --shuangyong.privacy.keys.bench="$(key 16)" --shuangyong.privacy.current-key=bench \
  --shuangyong.privacy.lookup-key="$(key 32)" --shuangyong.audit.chain-keys.bench="$(key 32)" --shuangyong.beneficiaries.import.command-max-rows=$((n + 1)) \
  --logging.level.root=WARN --logging.level.cn.shuangyong.beneficiaries.importing.ImportRun=INFO 2>"$work/platform.err" | tee "$work/platform.out")
echo "$out" | grep -q '^status=DONE' || { cat "$work/platform.out" "$work/platform.err" >&2; echo "platform import failed" >&2; exit 1; }
platform_s=$(echo "$out" | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')
imported=$(echo "$out" | sed -n 's/.* imported=\([0-9]*\).*/\1/p')
[ "$imported" = "$n" ] || { echo "imported $imported of $n" >&2; exit 1; }

"${psql[@]}" -c "copy beneficiaries.person to '$work/person.tsv'" \
  -c "create table public.copy_baseline (like beneficiaries.person including defaults including constraints)" \
  -c "alter table public.copy_baseline add primary key (id), add unique (id_lookup)" \
  -c "create table public.copy_all_indexes (like beneficiaries.person including all)" -c checkpoint
timed_copy() {
  local ms copied
  ms=$("${psql[@]}" -c '\timing on' -c "copy public.$1 from '$work/person.tsv'" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  copied=$("${psql[@]}" -t -A -c "select count(*) from public.$1")
  [ "$copied" = "$n" ] || { echo "COPY loaded $copied of $n" >&2; exit 1; }
  "${psql[@]}" -c checkpoint
  echo "$ms"
}
unique_ms=$(timed_copy copy_baseline)
all_ms=$(timed_copy copy_all_indexes)
households=$("${psql[@]}" -t -A -c "select count(*) from beneficiaries.household")
echo "households=$households"

grep -o '优抚对象导入任务.*用时.*' "$work/platform.out" "$work/platform.err" 2>/dev/null | sed 's/^[^:]*://' || true
awk -v n="$n" -v p="$platform_s" -v c="$all_ms" -v u="$unique_ms" 'BEGIN {
  pr = n / p; cr = n / (c / 1000); ur = n / (u / 1000);
  printf "rows=%d platform_rows_per_s=%.0f copy_rows_per_s=%.0f ratio=%.2f unique_copy_rows_per_s=%.0f unique_ratio=%.2f\n",
    n, pr, cr, pr / cr, ur, pr / ur }'
