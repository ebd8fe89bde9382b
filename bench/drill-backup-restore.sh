#!/usr/bin/env bash
# Drill: a base backup with WAL archiving, and a point-in-time restore into a fresh directory, under the supervision
# load (20 users and a writer, through nginx) on the cluster of deploy/cluster.sh (with the demo data).
#   1. pg_basebackup of the primary while the load runs (WAL is archived by both nodes' archive_command into
#      $DIR/wal-archive; deploy/cluster.sh sets it);
#   2. the load goes on writing; then, with writes to the counted tables held for an instant (SHARE locks), the drill
#      counts their rows and sets a named restore point in the same transaction, so the counts are exactly what the
#      restore point holds; the load goes on writing after it;
#   3. restores the base backup into a fresh directory, replays the archived WAL up to the restore point, promotes,
#      and compares the row counts;
#   4. starts a third application node on the restored database (same keys) and runs the audit chain's verification
#      as the audit administrator.
# Prints the database size, the backup's time and size, the restore's time (copy and replay) and the checks.
#   bench/drill-backup-restore.sh [seconds of writes after the backup=30]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/drill-common.sh
AFTER=${1:-30}
RESTORE_PORT=${RESTORE_PORT:-5509}
APP3_PORT=${APP3_PORT:-8183}
say "machine: $(nproc) cores, load average $(loadavg) before the drill"
primary=$(primary_port)
[ "$(psql -XAtq -h 127.0.0.1 -p "$primary" -U postgres -c 'show archive_mode')" = on ] ||
	{ echo "WAL archiving is not on yet: it starts with the nodes' next start (deploy/cluster.sh down; up)"; exit 1; }
echo "database: $(sql "select pg_size_pretty(pg_database_size('shuangyong'))"); people $(sql 'select count(*) from beneficiaries.person'), tasks $(sql 'select count(*) from supervision.task'), reports $(sql 'select count(*) from supervision.progress_report'), audit entries $(sql 'select count(*) from audit.audit_event')"
start_load 10 $((AFTER * 2 + 120))

base=$OUT/base
install -d -o postgres -g postgres "$OUT" "$base"
t0=$(now_ms)
as_postgres pg_basebackup -h 127.0.0.1 -p "$primary" -U pgautofailover_replicator -D "$base" -X stream -c fast
t1=$(now_ms)
say "base backup: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s, $(du -sh "$base" | cut -f1)"
sleep "$AFTER"

tables="supervision.task supervision.progress_report supervision.notice notifications.delivery beneficiaries.person audit.audit_event spring_session"
point=drill-$(date -u +%H%M%S)
counts=$(psql -XAtq -h 127.0.0.1 -p "$(primary_port)" -U postgres -d shuangyong <<SQL
begin;
lock table ${tables// /, } in share mode;
select string_agg(n, ' ' order by n) from (
  select 'supervision.task=' || count(*) n from supervision.task
  union all select 'supervision.progress_report=' || count(*) from supervision.progress_report
  union all select 'supervision.notice=' || count(*) from supervision.notice
  union all select 'notifications.delivery=' || count(*) from notifications.delivery
  union all select 'beneficiaries.person=' || count(*) from beneficiaries.person
  union all select 'audit.audit_event=' || count(*) from audit.audit_event
  union all select 'spring_session=' || count(*) from spring_session) c;
select pg_create_restore_point('$point') is not null;
commit;
SQL
)
counts=$(echo "$counts" | head -n 1)
say "restore point $point: $counts"
sleep "$AFTER"
# the segment with the restore point goes to the archive now rather than when it fills
segment=$(psql -XAtq -h 127.0.0.1 -p "$(primary_port)" -U postgres -c 'select pg_walfile_name(pg_switch_wal())')
for _ in $(seq 1 120); do
	[ "$(psql -XAtq -h 127.0.0.1 -p "$(primary_port)" -U postgres -c "select coalesce(last_archived_wal >= '$segment', false) from pg_stat_archiver")" = t ] && break
	sleep 1
done
kill "$LOAD" 2>/dev/null || true; wait "$LOAD" 2>/dev/null || true
say "load stopped; archive: $(ls "$DIR/wal-archive" | wc -l) files, $(du -sh "$DIR/wal-archive" | cut -f1)"

# restore into a fresh directory: the backup's files, then the archive's WAL replayed to the restore point
restore=$OUT/restore
t2=$(now_ms)
install -d -o postgres -g postgres -m 700 "$restore"
cp -a "$base/." "$restore/"
chmod 700 "$restore"
rm -f "$restore/postmaster.pid" "$restore/standby.signal"
cat >> "$restore/postgresql.auto.conf" <<CONF
# restored copy: its own port, no standby to wait for, no archiving of its own
port = $RESTORE_PORT
listen_addresses = '127.0.0.1'
synchronous_standby_names = ''
archive_mode = off
primary_conninfo = ''
restore_command = 'cp $DIR/wal-archive/%f %p'
recovery_target_name = '$point'
recovery_target_action = 'promote'
CONF
touch "$restore/recovery.signal"
chown -R postgres:postgres "$restore"
t3=$(now_ms)
as_postgres pg_ctl -D "$restore" -l "$OUT/restore.log" -w -t 1800 start >/dev/null
for _ in $(seq 1 1800); do
	[ "$(psql -XAtq -h 127.0.0.1 -p "$RESTORE_PORT" -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break
	sleep 0.5
done
t4=$(now_ms)
say "restored: copy $(awk -v a="$t2" -v b="$t3" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s, WAL replay to the restore point and promotion $(awk -v a="$t3" -v b="$t4" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s"
grep -E 'recovery stopping|restored log file' "$OUT/restore.log" | tail -n 2 || true

restored=$(psql -XAtq -h 127.0.0.1 -p "$RESTORE_PORT" -U postgres -d shuangyong -c "select string_agg(n, ' ' order by n) from (
  select 'supervision.task=' || count(*) n from supervision.task
  union all select 'supervision.progress_report=' || count(*) from supervision.progress_report
  union all select 'supervision.notice=' || count(*) from supervision.notice
  union all select 'notifications.delivery=' || count(*) from notifications.delivery
  union all select 'beneficiaries.person=' || count(*) from beneficiaries.person
  union all select 'audit.audit_event=' || count(*) from audit.audit_event
  union all select 'spring_session=' || count(*) from spring_session) c")
echo "at the restore point: $counts"
echo "restored:             $restored"
[ "$counts" = "$restored" ] && echo "row counts: equal" || echo "row counts: DIFFERENT"
echo "live now:             reports $(sql 'select count(*) from supervision.progress_report'), audit entries $(sql 'select count(*) from audit.audit_event') (went on after the point)"

# the audit chain of the restored database, verified by the platform itself with the cluster's keys
say "starting a third node on the restored database to verify the audit chain"
(
	set -a; . "$DIR/app.env"; set +a
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$RESTORE_PORT/shuangyong"
	SHUANGYONG_FILES_DIR=$OUT/files
	exec java $JAVA_OPTS -jar "${JAR:-target/shuangyong-0.1.0-SNAPSHOT.jar}" --server.port="$APP3_PORT" \
		--server.address=127.0.0.1 --shuangyong.supervision.escalation.run-at-start=false > "$OUT/app3.log" 2>&1
) &
APP3=$!
trap 'kill $APP3 2>/dev/null || true; as_postgres pg_ctl -D "$restore" -m fast stop >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 600); do
	curl -fsS -o /dev/null "http://127.0.0.1:$APP3_PORT/actuator/health" 2>/dev/null && break
	kill -0 "$APP3" 2>/dev/null || { tail -20 "$OUT/app3.log"; exit 1; }
	sleep 1
done
jar=$OUT/auditor.cookies
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$APP3_PORT/login" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode username=auditor --data-urlencode password=Demo@2020 \
	--data-urlencode "_csrf=$token" "http://127.0.0.1:$APP3_PORT/login"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$APP3_PORT/audit" | csrf)
echo "audit chain of the restored database: $(curl -s -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
	"http://127.0.0.1:$APP3_PORT/audit/verify" | grep -A2 'id="chain-result"' | grep -o '审计链[^<]*' | head -n 1)"
