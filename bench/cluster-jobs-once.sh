#!/usr/bin/env bash
# Jobs run once across the cluster's two application nodes (deploy/cluster.sh, with the demo data: CLUSTER_DEMO=1).
# Restarts both nodes at the same moment on a later business day (default 2020-12-28: the demo plan's 年底前 tasks
# get their reminders, its tasks due 2020-11-30 their 提醒, 催办 and 督办, caught up in one sweep), with an SMS gateway
# that is a local receiver writing down every text it gets. Both nodes
# run the escalation sweep at start; both dispatch the delivery queue; both run import recovery at start. Then it
# checks, in the database and at the receiver:
#   - the escalation: one node's sweep took the steps, the other found the job's lease taken (its log says 0);
#     no task has two notices of one kind;
#   - the delivery queue: no delivery row twice for a message, channel and account, and the receiver got each text
#     exactly once, as many as the database marked sent;
#   - import recovery: a job left RUNNING by a dead process is run again by exactly one node (its rows once).
#
#   bench/cluster-jobs-once.sh [business day]
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${CLUSTER_DIR:-/var/tmp/shuangyong-cluster}
DAY=${1:-2020-12-28}
SMS_PORT=${SMS_PORT:-5510}
RECEIVED=$DIR/logs/sms-received.log

primary() {
	for p in 5502 5503; do
		[ "$(psql -XAtq -h 127.0.0.1 -p $p -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] &&
			{ echo $p; return; }
	done
	return 1
}
sql() { psql -XAtq -h 127.0.0.1 -p "$(primary)" -U postgres -d shuangyong -c "$1"; }

# The SMS gateway: takes {"phone","text"} and writes one line per text it was given.
: > "$RECEIVED"
python3 - "$SMS_PORT" "$RECEIVED" <<'EOF' &
import http.server, json, sys, threading
port, out = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
class Gateway(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers['Content-Length'])))
        with lock, open(out, 'a', encoding='utf-8') as f:
            f.write(json.dumps(body, ensure_ascii=False) + '\n')
        self.send_response(200); self.send_header('Content-Length', '2'); self.end_headers(); self.wfile.write(b'{}')
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(('127.0.0.1', port), Gateway).serve_forever()
EOF
GATEWAY=$!
trap 'kill $GATEWAY 2>/dev/null || true' EXIT

notices_before=$(sql "select coalesce(max(id), 0) from supervision.notice")
messages_before=$(sql "select coalesce(max(id), 0) from notifications.message")

# An import job as a dead process leaves it: app1 takes an upload of PEOPLE people and is killed -9 while it writes
# them, so the job stays RUNNING with nothing written (PostgreSQL rolls the dead connection's transaction back).
# PEOPLE=0 leaves the import out (the generator's ID numbers repeat from one run to the next, so a second run's file
# would be refused as already registered).
PEOPLE=${PEOPLE:-40000}
job=
if [ "$PEOPLE" -gt 0 ]; then
	CATEGORY_SET=2019 python3 bench/generate-beneficiaries.py "$PEOPLE" "$DIR/files/jobs-once-people.csv" >/dev/null
	job=$(curl -fs -u yunnan:Demo@2020 -F "file=@$DIR/files/jobs-once-people.csv;filename=people.csv" \
		-F mode=ALL_OR_NOTHING http://127.0.0.1:8181/api/v1/beneficiaries/imports |
		python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
	for _ in $(seq 1 1500); do
		[ "$(sql "select rows_written from beneficiaries.import_job where id = $job")" -gt 1 ] && break
		sleep 0.2
	done
	echo "import job $job: app1 killed -9 after $(sql "select rows_written from beneficiaries.import_job where id = $job") rows"
	kill -9 "$(cat "$DIR/run/app1.pid")"
fi
echo "stopping the application nodes"
for n in app1 app2; do
	[ -f "$DIR/run/$n.pid" ] && kill "$(cat "$DIR/run/$n.pid")" 2>/dev/null || true
done
for n in app1 app2; do
	while [ -f "$DIR/run/$n.pid" ] && kill -0 "$(cat "$DIR/run/$n.pid")" 2>/dev/null; do sleep 1; done
done
mark1=$(wc -l < "$DIR/logs/app1.log"); mark2=$(wc -l < "$DIR/logs/app2.log")
echo "starting both at once on business day $DAY, texts to the receiver on port $SMS_PORT"
APP_ARGS="--shuangyong.demo.business-date=$DAY --shuangyong.notifications.gateway.url=http://127.0.0.1:$SMS_PORT/sms" \
	deploy/cluster.sh up | tail -1

echo "waiting for both nodes' sweeps"
for _ in $(seq 1 600); do
	a=$(tail -n +"$mark1" "$DIR/logs/app1.log" | grep -c "督办：$DAY 的检查完成" || true)
	b=$(tail -n +"$mark2" "$DIR/logs/app2.log" | grep -c "督办：$DAY 的检查完成" || true)
	[ "$a" -ge 1 ] && [ "$b" -ge 1 ] && break
	sleep 1
done
echo "waiting for the delivery queue to empty"
for _ in $(seq 1 300); do
	[ "$(sql "select count(*) from notifications.delivery where state = 'QUEUED' and message_id > $messages_before")" = 0 ] && break
	sleep 1
done
sleep 3

echo
echo "== escalation sweep of $DAY"
echo "app1: $(tail -n +"$mark1" "$DIR/logs/app1.log" | grep -o "督办：$DAY 的检查完成.*" | head -1)"
echo "app2: $(tail -n +"$mark2" "$DIR/logs/app2.log" | grep -o "督办：$DAY 的检查完成.*" | head -1)"
echo "notices issued: $(sql "select count(*) from supervision.notice where id > $notices_before")"
echo "tasks with two notices of one kind: $(sql "select count(*) from (select task_id, kind from supervision.notice
	group by 1, 2 having count(*) > 1) d")"
echo
echo "== delivery queue"
sql "select channel || ': ' || count(*) || ' deliveries, ' || count(*) filter (where state = 'SENT') || ' sent, '
	|| count(*) filter (where state = 'FAILED') || ' failed, ' || count(*) filter (where state = 'QUEUED') || ' queued'
	from notifications.delivery where message_id > $messages_before group by channel order by channel"
echo "rows twice for one message, channel and account: $(sql "select count(*) from (select message_id, channel,
	account_id from notifications.delivery group by 1, 2, 3 having count(*) > 1) d")"
sent_texts=$(sql "select count(*) from notifications.delivery where channel = 'SMS' and state = 'SENT'
	and message_id > $messages_before")
echo "texts the database marked sent: $sent_texts; texts the gateway received: $(wc -l < "$RECEIVED");" \
	"received more than once: $(sort "$RECEIVED" | uniq -d | wc -l)"
echo
[ -n "$job" ] || exit 0
echo "== import recovery"
for _ in $(seq 1 900); do
	[ "$(sql "select status from beneficiaries.import_job where id = $job")" != RUNNING ] && break
	sleep 1
done
for n in 1 2; do
	mark=$([ $n = 1 ] && echo "$mark1" || echo "$mark2")
	echo "app$n: found $(tail -n +"$mark" "$DIR/logs/app$n.log" | grep -c "未完成的优抚对象导入任务 \[.*\b$job\b" || true)" \
		"time(s) job $job left running; ran it $(tail -n +"$mark" "$DIR/logs/app$n.log" | grep -c "优抚对象导入任务 $job：" || true) time(s)"
done
echo "job $job: $(sql "select status || ', imported ' || coalesce(imported, 0) from beneficiaries.import_job where id = $job");" \
	"people of the job $(sql "select count(*) from beneficiaries.person where import_id = $job") of $PEOPLE;" \
	"ID numbers twice: $(sql "select count(*) - count(distinct id_lookup) from beneficiaries.person")"
