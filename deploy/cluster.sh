#!/usr/bin/env bash
# A province's deployment on one machine, on loopback addresses: PostgreSQL 15 primary and standby under
# pg_auto_failover (a monitor and two keepers), two application nodes from the same jar that follow the primary
# through a multi-host JDBC URL, and nginx in front of them. See docs/deployment.md.
#
#   deploy/cluster.sh up | down | status
#
# Everything lives under CLUSTER_DIR (default /var/tmp/shuangyong-cluster): the databases, the settings and keys
# (app.env, made at the first `up`), the kept files, the WAL archive and the logs. Missing Debian packages are
# installed with apt. `up` on an existing directory starts what is there; nothing else needs doing by hand.
# Environment at the first `up` only: CLUSTER_DEMO=1 loads the demo data and accounts (the drills' load needs them).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CLUSTER_DIR:-/var/tmp/shuangyong-cluster}
# the databases, owned by postgres (a standby's keeper removes and remakes its own folder)
PGD=$DIR/pg
MONITOR_PORT=${MONITOR_PORT:-5501}
PG_PORTS=(${PG1_PORT:-5502} ${PG2_PORT:-5503})
APP_PORTS=(${APP1_PORT:-8181} ${APP2_PORT:-8182})
LB_PORT=${LB_PORT:-8180}
JAR=${JAR:-$ROOT/target/shuangyong-0.1.0-SNAPSHOT.jar}
PGBIN=/usr/lib/postgresql/15/bin
export PATH=$PGBIN:$PATH
MONITOR_URI="postgres://autoctl_node@127.0.0.1:$MONITOR_PORT/pg_auto_failover?sslmode=require"
DB_URL="jdbc:postgresql://127.0.0.1:${PG_PORTS[0]},127.0.0.1:${PG_PORTS[1]}/shuangyong?targetServerType=primary"

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# pg_autoctl keeps its own state (configuration and state files of each node) under XDG folders: here, in DIR too
as_postgres() {
	env HOME=/var/lib/postgresql XDG_CONFIG_HOME="$DIR/pg_autoctl/config" XDG_DATA_HOME="$DIR/pg_autoctl/data" \
		setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
}

packages() {
	local missing=()
	for p in postgresql-15 postgresql-15-auto-failover nginx-light openjdk-17-jre-headless curl openssl; do
		dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		say "installing ${missing[*]}"
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
	fi
	# Debian's own PostgreSQL cluster and nginx service are not used here
	[ -f "$JAR" ] || (cd "$ROOT" && mvn -o -q package -DskipTests)
}

# The settings of the application nodes, made once with new keys; the operator edits them there.
settings() {
	mkdir -p "$DIR"/{run,logs,files,wal-archive,pg_autoctl,pg}
	chown postgres:postgres "$DIR/wal-archive" "$DIR/pg_autoctl" "$PGD"
	[ -f "$DIR/app.env" ] && return
	say "new settings and keys in $DIR/app.env"
	umask 077
	cat > "$DIR/app.env" <<-EOF
	# Settings of both application nodes (README, "Settings"). Keys are Base64; keep a copy of this file elsewhere:
	# without the privacy keys the encrypted fields cannot be read, without the chain keys the audit log cannot be checked.
	SPRING_DATASOURCE_URL='$DB_URL'
	SPRING_DATASOURCE_USERNAME=shuangyong
	SPRING_DATASOURCE_PASSWORD=$(openssl rand -hex 16)
	SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT=10000
	SHUANGYONG_FILES_DIR=$DIR/files
	SHUANGYONG_PRIVACY_KEYS_K1=$(openssl rand -base64 16)
	SHUANGYONG_PRIVACY_CURRENTKEY=k1
	SHUANGYONG_PRIVACY_LOOKUPKEY=$(openssl rand -base64 32)
	SHUANGYONG_AUDIT_CHAINKEYS_A1=$(openssl rand -base64 32)
	SHUANGYONG_AUDIT_CURRENTCHAINKEY=a1
	SHUANGYONG_DEMO_ENABLED=$([ "${CLUSTER_DEMO:-0}" = 1 ] && echo true || echo false)
	JAVA_OPTS='-Xmx1g'
	EOF
	umask 022
}

running() { [ -f "$DIR/run/$1.pid" ] && kill -0 "$(cat "$DIR/run/$1.pid")" 2>/dev/null; }

# A pg_autoctl service in a process group of its own (its pid is the group's id), so a drill can kill it whole.
autoctl_run() {
	local name=$1
	running "$name" && return
	setsid env HOME=/var/lib/postgresql XDG_CONFIG_HOME="$DIR/pg_autoctl/config" XDG_DATA_HOME="$DIR/pg_autoctl/data" \
		setpriv --reuid=postgres --regid=postgres --init-groups -- pg_autoctl run --pgdata "$PGD/$name" >> "$DIR/logs/$name.log" 2>&1 < /dev/null &
	echo $! > "$DIR/run/$name.pid"
}

monitor() {
	if [ ! -f "$PGD/monitor/PG_VERSION" ]; then
		say "creating the monitor on port $MONITOR_PORT"
		install -d -o postgres -g postgres "$PGD/monitor"
		as_postgres pg_autoctl create monitor --pgdata "$PGD/monitor" --pgport "$MONITOR_PORT" --hostname 127.0.0.1 \
			--auth trust --ssl-self-signed >> "$DIR/logs/monitor.log" 2>&1
		as_postgres pg_autoctl config set --pgdata "$PGD/monitor" postgresql.listen_addresses 127.0.0.1 >/dev/null
		as_postgres pg_ctl -D "$PGD/monitor" -m fast stop >/dev/null 2>&1 || true
	fi
	autoctl_run monitor
	for _ in $(seq 1 60); do
		pg_isready -q -h 127.0.0.1 -p "$MONITOR_PORT" && return
		sleep 1
	done
	say "the monitor did not start; see $DIR/logs/monitor.log"; exit 1
}

# Node 1 is created first and becomes the primary; node 2 is made from it by pg_basebackup and follows it.
database_node() {
	local i=$1 name=node$1 port=${PG_PORTS[$(($1 - 1))]}
	if [ ! -f "$PGD/$name/PG_VERSION" ]; then
		say "creating PostgreSQL $name on port $port"
		install -d -o postgres -g postgres "$PGD/$name"
		as_postgres pg_autoctl create postgres --pgdata "$PGD/$name" --pgport "$port" --listen 127.0.0.1 \
			--hostname 127.0.0.1 --name "$name" --dbname shuangyong --monitor "$MONITOR_URI" --auth trust \
			--ssl-self-signed --replication-quorum true >> "$DIR/logs/$name.log" 2>&1
	fi
	autoctl_run "$name"
}

primary_port() {
	for p in "${PG_PORTS[@]}"; do
		[ "$(psql -XAtq -h 127.0.0.1 -p "$p" -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] &&
			{ echo "$p"; return; }
	done
	return 1
}

wait_primary() {
	for _ in $(seq 1 180); do
		if p=$(primary_port) && [ "$(as_postgres pg_autoctl show state --pgdata "$PGD/monitor" 2>/dev/null | awk -F'|' '{print $NF}' | grep -cE ' (single|primary|wait_primary) *$')" = 1 ]; then
			return
		fi
		sleep 1
	done
	say "no primary after 3 minutes; see $DIR/logs/node*.log"; exit 1
}

# The application's role, its password from app.env, and the rule that lets it in on both nodes (pg_hba.conf is
# not replicated, so each node gets it).
application_role() {
	local password p
	password=$(grep '^SPRING_DATASOURCE_PASSWORD=' "$DIR/app.env" | cut -d= -f2)
	p=$(primary_port)
	psql -XAtq -h 127.0.0.1 -p "$p" -U postgres -d shuangyong <<-EOF
	do \$\$ begin
	  if not exists (select from pg_roles where rolname = 'shuangyong') then
	    create role shuangyong login password '$password';
	  end if;
	end \$\$;
	alter database shuangyong owner to shuangyong;
	alter schema public owner to shuangyong;
	EOF
	for n in node1 node2; do
		[ -f "$PGD/$n/pg_hba.conf" ] || continue
		grep -q 'shuangyong shuangyong' "$PGD/$n/pg_hba.conf" ||
			sed -i '1i host shuangyong shuangyong 127.0.0.1/32 scram-sha-256' "$PGD/$n/pg_hba.conf"
		psql -XAtq -h 127.0.0.1 -p "${PG_PORTS[${n#node} - 1]}" -U postgres -d postgres -c 'select pg_reload_conf()' >/dev/null 2>&1 || true
	done
}

# WAL archiving on both nodes into DIR/wal-archive (a standby archives once promoted). archive_mode takes effect at a
# node's next start: on a new cluster, the first `down` and `up`.
archiving() {
	local command="test ! -f $DIR/wal-archive/%f && cp %p $DIR/wal-archive/%f" p
	for p in "${PG_PORTS[@]}"; do
		[ "$(psql -XAtq -h 127.0.0.1 -p "$p" -U postgres -d postgres -c 'show archive_command' 2>/dev/null)" = "$command" ] && continue
		psql -XAtq -h 127.0.0.1 -p "$p" -U postgres -d postgres -c "alter system set archive_mode = on" \
			-c "alter system set archive_command = '$command'" -c 'select pg_reload_conf()' >/dev/null 2>&1 || true
	done
}

app_node() {
	local i=$1 port=${APP_PORTS[$(($1 - 1))]} name=app$1
	running "$name" && return
	(
		set -a; . "$DIR/app.env"; set +a
		# shellcheck disable=SC2086
		setsid java $JAVA_OPTS -Dshuangyong.cache.report-every=PT2S -jar "$JAR" --server.port="$port" \
			--server.address=127.0.0.1 ${APP_ARGS:-} >> "$DIR/logs/$name.log" 2>&1 < /dev/null &
		echo $! > "$DIR/run/$name.pid"
	)
}

wait_app() {
	local i=$1 port=${APP_PORTS[$(($1 - 1))]}
	for _ in $(seq 1 400); do
		curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null && return
		running "app$i" || { say "app$i stopped; see $DIR/logs/app$i.log"; exit 1; }
		sleep 1
	done
	say "app$i did not answer; see $DIR/logs/app$i.log"; exit 1
}

nginx_conf() {
	mkdir -p "$DIR/nginx/tmp"
	cat > "$DIR/nginx/nginx.conf" <<-EOF
	worker_processes 1;
	pid $DIR/run/nginx.pid;
	error_log $DIR/logs/nginx-error.log warn;
	events { worker_connections 1024; }
	http {
	  log_format upstream '\$time_iso8601 \$status \$request_method \$request_uri \$upstream_addr \$upstream_status \$request_time';
	  access_log $DIR/logs/nginx-access.log upstream;
	  client_body_temp_path $DIR/nginx/tmp/body;
	  proxy_temp_path $DIR/nginx/tmp/proxy;
	  fastcgi_temp_path $DIR/nginx/tmp/fastcgi;
	  uwsgi_temp_path $DIR/nginx/tmp/uwsgi;
	  scgi_temp_path $DIR/nginx/tmp/scgi;
	  client_max_body_size 25m;
	  # Passive health checks: a node that fails once is left out for 10 s, then tried again. No stickiness: the
	  # sessions are in PostgreSQL (Spring Session JDBC), so any node serves any user.
	  upstream shuangyong {
	    server 127.0.0.1:${APP_PORTS[0]} max_fails=1 fail_timeout=10s;
	    server 127.0.0.1:${APP_PORTS[1]} max_fails=1 fail_timeout=10s;
	    keepalive 32;
	  }
	  server {
	    listen 127.0.0.1:$LB_PORT;
	    location / {
	      proxy_pass http://shuangyong;
	      proxy_http_version 1.1;
	      proxy_set_header Connection "";
	      proxy_set_header Host \$http_host;
	      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
	      proxy_connect_timeout 2s;
	      proxy_read_timeout 120s;
	      # a request that found a dead node goes to the other one (nginx never resends a POST that reached a node)
	      proxy_next_upstream error timeout http_502 http_503;
	    }
	  }
	}
	EOF
}

load_balancer() {
	nginx_conf
	if running nginx; then
		nginx -c "$DIR/nginx/nginx.conf" -s reload
	else
		nginx -c "$DIR/nginx/nginx.conf"
	fi
}

up() {
	packages
	settings
	monitor
	database_node 1
	wait_primary
	database_node 2
	application_role
	archiving
	say "database primary on port $(primary_port)"
	local seeded
	seeded=$(psql -XAtq -h 127.0.0.1 -p "$(primary_port)" -U postgres -d shuangyong \
		-c "select count(*) from public.demo_seeding" 2>/dev/null || echo 0)
	if [ "$seeded" = 0 ] && grep -q '^SHUANGYONG_DEMO_ENABLED=true' "$DIR/app.env"; then
		# the demo seeders run once per database: the second node starts after the first has written them
		app_node 1
		wait_app 1
		for _ in $(seq 1 600); do grep -q '的办理记录已生成' "$DIR/logs/app1.log" && break; sleep 1; done
	fi
	# both at once otherwise: Flyway's lock lets one node migrate while the other waits
	app_node 1
	app_node 2
	wait_app 1
	wait_app 2
	load_balancer
	say "up: http://127.0.0.1:$LB_PORT (nginx) → 127.0.0.1:${APP_PORTS[0]}, 127.0.0.1:${APP_PORTS[1]}; logs in $DIR/logs"
	# a real installation without administrators prints a one-time setup token at each start: the last one counts
	grep -h -A2 '一次性设置令牌' "$DIR"/logs/app2.log 2>/dev/null | tail -3 || true
}

stop_pid() {
	local name=$1 signal=${2:-TERM}
	running "$name" || { rm -f "$DIR/run/$name.pid"; return; }
	local pid; pid=$(cat "$DIR/run/$name.pid")
	kill -"$signal" "$pid" 2>/dev/null || true
	for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
	kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
	rm -f "$DIR/run/$name.pid"
}

down() {
	running nginx && nginx -c "$DIR/nginx/nginx.conf" -s quit || true
	rm -f "$DIR/run/nginx.pid"
	stop_pid app2; stop_pid app1
	# the standby first, so that the monitor does not fail over to it while the primary stops
	local first=node2 second=node1
	[ "$(primary_port 2>/dev/null)" = "${PG_PORTS[1]}" ] && { first=node1; second=node2; }
	for n in $first $second monitor; do
		[ -d "$PGD/$n" ] && as_postgres pg_autoctl stop --pgdata "$PGD/$n" >/dev/null 2>&1 || true
		stop_pid "$n"
	done
	say "down (data kept in $DIR)"
}

status() {
	as_postgres pg_autoctl show state --pgdata "$PGD/monitor" 2>/dev/null || echo "monitor: not running"
	for i in 1 2; do
		local port=${APP_PORTS[$((i - 1))]}
		printf 'app%s 127.0.0.1:%s  %s\n' "$i" "$port" \
			"$(curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null || echo down)"
	done
	printf 'nginx 127.0.0.1:%s  %s\n' "$LB_PORT" \
		"$(curl -fsS "http://127.0.0.1:$LB_PORT/actuator/health" 2>/dev/null || echo down)"
}

case "${1:-}" in
	up) up ;;
	down) down ;;
	status) status ;;
	*) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
