# Shared by the cluster drills (bench/drill-*.sh): where the cluster is, the supervision load pointed at nginx, and
# the drill's own folder for what it records. Sourced, not run.
DIR=${CLUSTER_DIR:-/var/tmp/shuangyong-cluster}
PGD=$DIR/pg
LB=http://127.0.0.1:${LB_PORT:-8180}
JDBC="jdbc:postgresql://127.0.0.1:5502,127.0.0.1:5503/shuangyong?targetServerType=primary"
PGJDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
OUT=$DIR/drills/$(basename "$0" .sh)-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
export HOME=${HOME:-/root}

now_ms() { date +%s%3N; }
say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

as_postgres() {
	env HOME=/var/lib/postgresql XDG_CONFIG_HOME="$DIR/pg_autoctl/config" XDG_DATA_HOME="$DIR/pg_autoctl/data" \
		setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
}

primary_port() {
	for p in 5502 5503; do
		[ "$(psql -XAtq -h 127.0.0.1 -p $p -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] &&
			{ echo $p; return; }
	done
	return 1
}

sql() { psql -XAtq -h 127.0.0.1 -p "$(primary_port)" -U postgres -d shuangyong -c "$1"; }

# The supervision load of issue 4 through nginx: 20 users and the writer, its events in $OUT/events. Returns once
# the users are signed in, the writer has written and the warm-up is over. The measured window starts when the users
# are signed in, so it must be long enough to cover the wait for the writer too.
start_load() {
	local warm=$1 measured=$2
	java -Devents="$OUT/events" -cp "$PGJDBC" bench/SupervisionLoad.java "$LB" "${USERS:-20}" "$warm" "$measured" \
		"$JDBC" > "$OUT/load.out" 2>&1 &
	LOAD=$!
	# the users are signed in and the writer has written once (its start reads its tasks, slow on a loaded machine)
	for _ in $(seq 1 900); do
		grep -q ' OK ' "$OUT/events" 2>/dev/null && grep -q ' ACK ' "$OUT/events" && break
		kill -0 "$LOAD" 2>/dev/null || { cat "$OUT/load.out"; echo "the load stopped"; exit 1; }
		sleep 1
	done
	say "load running (20 users and a writer through nginx); warm-up $warm s"
	sleep "$warm"
}
