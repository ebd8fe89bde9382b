#!/usr/bin/env bash
# Drill: a base backup with WAL archiving and a point-in-time restore of the full provincial registry, 2,000,000
# people (issue 22 item 3, "measure the restore time at 2 million people"). The cluster drill of the same name
# (bench/drill-backup-restore.sh) runs on deploy/cluster.sh's cluster under load, at the demo's size; this one runs the
# same mechanics on one PostgreSQL 15 with the registry at full size, which a small machine can hold:
#   1. a fresh PostgreSQL 15 with archive_mode on (archive_command copies each WAL segment into $DATA/wal-archive), the
#      platform started on it once (demo mode, configured keys: migrations, demo data, audit chain), N people
#      generated with bench/registry-people.sql (default 2,000,000), and a few sign-ins that write to the audit chain;
#   2. pg_basebackup -X stream -c fast: its time and size;
#   3. after the backup, more writes for the restore to replay: AFTER people more (default 100,000) and sign-ins; then
#      the row counts and a named restore point in one transaction (SHARE locks on the counted tables); then writes
#      after the point (another AFTER people, a sign-in), which the restore must not contain;
#   4. the base backup copied into a fresh directory, the archive replayed to the restore point, promoted: the time of
#      the copy and of the replay; the row counts compared with those at the point;
#   5. the platform started on the restored copy with the same keys, and the audit chain verified by it (校验审计链
#      as the audit administrator).
# Everything lives under DATA (default /tmp/scale-data/restore-drill), removed at the start; KEEP=1 keeps it after.
#   bench/drill-backup-restore-2m.sh [N=2000000] [AFTER=100000]
# Settings: JAR (default target/shuangyong-*.jar), PORT (the platform, 8098), PGPORT (55098), RESTORE_PGPORT (55099).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000000}
AFTER=${2:-100000}
DATA=${DATA:-/tmp/scale-data/restore-drill}
PORT=${PORT:-8098}
PGPORT=${PGPORT:-55098}
RESTORE_PGPORT=${RESTORE_PGPORT:-55099}
bin=/usr/lib/postgresql/15/bin
jar=${JAR:-$(ls target/shuangyong-*.jar 2>/dev/null | grep -v original | head -n 1)}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
now_ms() { date +%s%3N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }
say() { echo "$(date -u +%H:%M:%S) $*"; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }
sql() { psql -XAtq -h 127.0.0.1 -p "${2:-$PGPORT}" -U postgres -d shuangyong -v ON_ERROR_STOP=1 -c "$1"; }

app=""
stop_app() {
	if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
		kill -TERM "$app"; for _ in $(seq 120); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
	fi
	app=""
}
cleanup() {
	stop_app
	as_pg "$bin/pg_ctl" -D "$DATA/restore" -m fast stop >/dev/null 2>&1 || true
	as_pg "$bin/pg_ctl" -D "$DATA/pg" -m fast stop >/dev/null 2>&1 || true
	[ "${KEEP:-0}" = 1 ] || rm -rf "$DATA"
}
trap cleanup EXIT

key() { head -c "$1" /dev/urandom | base64 -w0; }
privacy_key=$(key 16); lookup_key=$(key 32); chain_key=$(key 32)
# the platform, demo mode (the auditor account, the demo's data), the same keys for both starts
start_app() {
	java -Xmx768m -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" \
		--spring.datasource.url="jdbc:postgresql://127.0.0.1:$1/shuangyong" --spring.datasource.username=postgres \
		--shuangyong.demo.enabled=true --shuangyong.files.dir="$DATA/files" \
		--shuangyong.privacy.keys.drill="$privacy_key" --shuangyong.privacy.current-key=drill \
		--shuangyong.privacy.lookup-key="$lookup_key" --shuangyong.audit.chain-keys.drill="$chain_key" \
		--shuangyong.audit.current-chain-key=drill --shuangyong.supervision.escalation.run-at-start=false >"$2" 2>&1 &
	app=$!
	for _ in $(seq 1 1200); do
		curl -fsS -o /dev/null "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null && return 0
		kill -0 "$app" 2>/dev/null || { tail -30 "$2"; exit 1; }
		sleep 1
	done
	echo "the platform did not start" >&2; exit 1
}
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
# a sign-in through the login form: one LOGIN_SUCCESS entry in the audit chain
sign_in() {
	local jar=$DATA/$1.cookies token
	rm -f "$jar"
	token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" | csrf)
	curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode password=Demo@2020 \
		--data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/login"
}
counted="supervision.task beneficiaries.household beneficiaries.person beneficiaries.county_total audit.audit_event"
counts() {
	sql "select string_agg(n, ' ' order by n) from (
	  select 'supervision.task=' || count(*) n from supervision.task
	  union all select 'beneficiaries.household=' || count(*) from beneficiaries.household
	  union all select 'beneficiaries.person=' || count(*) from beneficiaries.person
	  union all select 'roll-up people=' || sum(people) from beneficiaries.county_total
	  union all select 'audit.audit_event=' || count(*) from audit.audit_event) c" "${1:-$PGPORT}"
}
# more people after the backup: the same generator, ids and lookups of their own (prefix), in households of their own
more_people() {
	sed -e "s/'bench-'/'$1-'/g; s/'bench-person-'/'$1-person-'/g" bench/registry-people.sql \
		| psql -XAtq -h 127.0.0.1 -p "$PGPORT" -U postgres -d shuangyong -v n="$AFTER" -f - >/dev/null
}

say "machine: $(nproc) cores, load average $(loadavg); jar $jar"
rm -rf "$DATA"
mkdir -p "$DATA/wal-archive" "$DATA/files"
chown -R postgres:postgres "$DATA" 2>/dev/null || true
chmod 777 "$DATA"
as_pg "$bin/initdb" -D "$DATA/pg" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
as_pg "$bin/pg_ctl" -D "$DATA/pg" -l "$DATA/pg.log" -w start -o "-p $PGPORT -k $DATA -c listen_addresses=127.0.0.1 \
	-c max_wal_size=4GB -c wal_level=replica -c archive_mode=on \
	-c archive_command='test ! -f $DATA/wal-archive/%f && cp %p $DATA/wal-archive/%f'" >/dev/null
psql -XAtq -h 127.0.0.1 -p "$PGPORT" -U postgres -c 'create database shuangyong' >/dev/null

t0=$(now_ms)
start_app "$PGPORT" "$DATA/app1.log"
say "platform started on the new database in $(secs "$t0" "$(now_ms)") s (migrations, demo data)"
t0=$(now_ms)
psql -XAtq -h 127.0.0.1 -p "$PGPORT" -U postgres -d shuangyong -v n="$N" -f bench/registry-people.sql >/dev/null
say "generated $N people in $(secs "$t0" "$(now_ms)") s; load average $(loadavg)"
sign_in yunnan; sign_in chuxiong
sql checkpoint >/dev/null
say "database: $(sql "select pg_size_pretty(pg_database_size('shuangyong'))"); $(counts)"

base=$DATA/base
t0=$(now_ms)
as_pg pg_basebackup -h 127.0.0.1 -p "$PGPORT" -U postgres -D "$base" -X stream -c fast
t1=$(now_ms)
say "base backup: $(secs "$t0" "$t1") s, $(du -sh "$base" | cut -f1); load average $(loadavg)"

t0=$(now_ms)
more_people after1
sign_in yunnan; sign_in auditor
say "after the backup: $AFTER people more and two sign-ins, $(secs "$t0" "$(now_ms)") s"
point=drill-$(date -u +%H%M%S)
at_point=$(psql -XAtq -h 127.0.0.1 -p "$PGPORT" -U postgres -d shuangyong <<SQL
begin;
lock table ${counted// /, } in share mode;
select string_agg(n, ' ' order by n) from (
  select 'supervision.task=' || count(*) n from supervision.task
  union all select 'beneficiaries.household=' || count(*) from beneficiaries.household
  union all select 'beneficiaries.person=' || count(*) from beneficiaries.person
  union all select 'roll-up people=' || sum(people) from beneficiaries.county_total
  union all select 'audit.audit_event=' || count(*) from audit.audit_event) c;
select pg_create_restore_point('$point') is not null;
commit;
SQL
)
at_point=$(echo "$at_point" | head -n 1) # the first line; a pipe into head would end psql early (SIGPIPE)
say "restore point $point: $at_point"
more_people after2
sign_in chuxiong
stop_app
say "after the point: $AFTER people more and a sign-in; now: $(counts)"
segment=$(psql -XAtq -h 127.0.0.1 -p "$PGPORT" -U postgres -c 'select pg_walfile_name(pg_switch_wal())')
for _ in $(seq 1 600); do
	[ "$(psql -XAtq -h 127.0.0.1 -p "$PGPORT" -U postgres -c "select coalesce(last_archived_wal >= '$segment', false) from pg_stat_archiver")" = t ] && break
	sleep 1
done
say "archive: $(ls "$DATA/wal-archive" | wc -l) segments, $(du -sh "$DATA/wal-archive" | cut -f1)"
# the live database is stopped: the restored copy is what the platform reads from now on, as after losing the server
as_pg "$bin/pg_ctl" -D "$DATA/pg" -m fast stop >/dev/null

restore=$DATA/restore
t2=$(now_ms)
install -d -o postgres -g postgres -m 700 "$restore"
cp -a "$base/." "$restore/"
chmod 700 "$restore"
rm -f "$restore/postmaster.pid" "$restore/standby.signal"
cat >> "$restore/postgresql.auto.conf" <<CONF
# restored copy: its own port, no archiving of its own, replayed from the archive to the restore point
port = $RESTORE_PGPORT
listen_addresses = '127.0.0.1'
archive_mode = off
restore_command = 'cp $DATA/wal-archive/%f %p'
recovery_target_name = '$point'
recovery_target_action = 'promote'
CONF
touch "$restore/recovery.signal"
chown -R postgres:postgres "$restore" 2>/dev/null || true
t3=$(now_ms)
as_pg "$bin/pg_ctl" -D "$restore" -l "$DATA/restore.log" -w -t 3600 start -o "-k $DATA" >/dev/null
for _ in $(seq 1 7200); do
	[ "$(psql -XAtq -h 127.0.0.1 -p "$RESTORE_PGPORT" -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break
	sleep 0.5
done
t4=$(now_ms)
say "restored: copy $(secs "$t2" "$t3") s, WAL replay to the restore point and promotion $(secs "$t3" "$t4") s, in all $(secs "$t2" "$t4") s; load average $(loadavg)"
grep -E 'recovery stopping|starting point-in-time recovery|redo done' "$DATA/restore.log" | tail -n 3 || true
restored=$(counts "$RESTORE_PGPORT")
echo "at the restore point: $at_point"
echo "restored:             $restored"
[ "$at_point" = "$restored" ] && echo "row counts: equal" || echo "row counts: DIFFERENT"

t0=$(now_ms)
start_app "$RESTORE_PGPORT" "$DATA/app2.log"
say "platform started on the restored copy in $(secs "$t0" "$(now_ms)") s"
sign_in auditor
jar=$DATA/auditor.cookies
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/audit" | csrf)
echo "audit chain of the restored database: $(curl -s -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
	"http://127.0.0.1:$PORT/audit/verify" | grep -A2 'id="chain-result"' | grep -o '审计链[^<]*' | head -n 1)"
