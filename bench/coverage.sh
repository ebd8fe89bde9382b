#!/usr/bin/env bash
# Coverage read speed at provincial scale (issue 5, item 10: "the coverage dashboard over 2,000,000 people answers in
# under 50 ms at the median"). Starts a throwaway PostgreSQL 15 cluster (Debian's binaries), applies the registry's
# and the honours' migrations, loads N people (default 2,000,000) in households over Yunnan's 129 counties through
# the same statement-level triggers an import would fire, hangs plaques on 60 % of the households and draws one
# campaign, then times:
#   - HonoursCoverage.of(53) and .of(5323) and .parts(53): the roll-up reads the dashboard makes;
#   - the plain aggregate over person/household the roll-up replaces;
#   - loading the people with the honour triggers on and off (what the triggers cost an import).
# Prints one line per figure; medians over the runs. Usage: bench/coverage.sh [N] [runs]
set -euo pipefail
N=${1:-2000000}
RUNS=${2:-31}
PG=/usr/lib/postgresql/15/bin
HERE=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/coverage-bench-XXXX)
PORT=${PORT:-55398}
chown postgres "$WORK"
as_pg() { runuser -u postgres -- "$@"; }
as_pg "$PG/initdb" -D "$WORK/data" -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG/pg_ctl" -D "$WORK/data" -o "-p $PORT -k $WORK -c shared_buffers=512MB -c max_wal_size=4GB" -l "$WORK/pg.log" -w start >/dev/null
trap 'as_pg "$PG/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null; rm -rf "$WORK"' EXIT
sql() { psql -X -q -h "$WORK" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
for f in "$HERE"/src/main/resources/db/migration/beneficiaries/V*.sql; do sql -f "$f"; done

# counties of Yunnan from the directory's catalogue
awk -F, '$3=="COUNTY"{print $1}' "$HERE/src/main/resources/directory/regions-53.csv" > "$WORK/counties"
sql -c "create table bench_county (n serial, code varchar(6))"
sql -c "\copy bench_county (code) from '$WORK/counties'"
COUNTIES=$(wc -l < "$WORK/counties")
HOUSEHOLDS=$((N * 6 / 10))

load() { # $1 = label
  local start end
  start=$(date +%s.%N)
  sql -c "insert into beneficiaries.household (head_lookup, region_code)
          select 'h' || g, (select code from bench_county where n = 1 + g % $COUNTIES) || '001001'
          from generate_series(1, $HOUSEHOLDS) g"
  for part in 0 1 2 3 4 5 6 7 8 9; do
    sql -c "insert into beneficiaries.person (household_id, name, name_key, sex, birth_date, id_lookup, id_cipher,
              id_masked, categories, region_code, county_code, prefecture_code)
            select h.id, 'p', 'p', 'M', date '1960-01-01', 'l' || g, 'c', 'm',
              case g % 5 when 0 then array['DISCHARGED_SOLDIER_2019'] when 1 then array['SERVICE_MEMBER_FAMILY_2019']
                when 2 then array['MARTYR_FAMILY_2019'] when 3 then array['VETERAN'] else array['NOT_ELIGIBLE'] end,
              h.region_code, left(h.region_code, 6), left(h.region_code, 4)
            from generate_series($part * $N / 10 + 1, ($part + 1) * $N / 10) g
            join beneficiaries.household h on h.id = 1 + (g % $HOUSEHOLDS)"
  done
  end=$(date +%s.%N)
  echo "load_${1}_s=$(echo "$end - $start" | bc)"
}

sql -c "alter table beneficiaries.person disable trigger user; alter table beneficiaries.household disable trigger user"
load without_triggers
sql -c "truncate beneficiaries.person, beneficiaries.household, beneficiaries.household_honour, beneficiaries.plaque_rollup restart identity cascade" 2>&1 | grep -v NOTICE || true
sql -c "alter table beneficiaries.person enable trigger user; alter table beneficiaries.household enable trigger user"
load with_triggers

sql -c "insert into beneficiaries.plaque (household_id, state, hung_on, hung_by)
        select household_id, 'HUNG', date '2020-07-30', 'bench' from beneficiaries.household_honour
        where eligible and household_id % 10 < 6"
sql -c "select beneficiaries.honour_refresh(array(select household_id from beneficiaries.plaque))" >/dev/null
sql -c "insert into beneficiaries.visit_campaign (kind, year, region_code, title, festival_on, visit_by, rule_categories,
          rule_region, money_standard, goods_standard, created_by)
        values ('BAYI', 2020, '53', 'bench', date '2020-08-01', date '2020-07-31', array['VETERAN'], '53', 500, '', 'bench')"
sql -c "insert into beneficiaries.visit_rollup select 1, county_code, count(*), count(*) / 2 from beneficiaries.person group by county_code"
sql -c "vacuum analyze"

time_query() { # $1 = label, $2 = SQL, $3 = runs
  local file="$WORK/$1.sql"
  { echo '\timing on'; for _ in $(seq "$3"); do echo "$2;"; done; } > "$file"
  sql -o /dev/null -f "$file" 2>&1 | grep '^Time:' | awk '{print $2}' | sort -n \
    | awk -v label="$1" '{a[NR]=$1} END {printf "%s_median_ms=%.2f (runs=%d)\n", label, a[int((NR+1)/2)], NR}'
}
ROLLUP="select coalesce(sum(eligible_households),0), coalesce(sum(plaqued_households),0) from beneficiaries.plaque_rollup where county_code like '53%'"
VISITS="select c.id, c.title, coalesce(sum(r.targets),0), coalesce(sum(r.visited),0) from beneficiaries.visit_campaign c left join beneficiaries.visit_rollup r on r.campaign_id = c.id and r.county_code like '53%' where c.region_code like '53%' or '53' like c.region_code || '%' group by c.id, c.title"
PARTS="select left(county_code, 4), sum(eligible_households), sum(plaqued_households) from beneficiaries.plaque_rollup where county_code like '53%' group by 1"
PLAIN="select count(*), count(*) filter (where exists (select 1 from beneficiaries.plaque pl where pl.household_id = h.id and pl.state = 'HUNG')) from beneficiaries.household h where h.region_code like '53%' and exists (select 1 from beneficiaries.person p where p.household_id = h.id and p.categories && array(select category_code from beneficiaries.plaque_rule where eligible))"
echo "rows=$N households=$HOUSEHOLDS counties=$COUNTIES"
time_query rollup_province "$ROLLUP" "$RUNS"
time_query rollup_prefecture "${ROLLUP/53%/5323%}" "$RUNS"
time_query visits_province "$VISITS" "$RUNS"
time_query parts_province "$PARTS" "$RUNS"
time_query plain_aggregate_province "$PLAIN" 3
sql -At -c "select 'rollup_eligible=' || sum(eligible_households) || ' rollup_plaqued=' || sum(plaqued_households) from beneficiaries.plaque_rollup"
sql -At -F ' ' -c "select 'plain_eligible=' || e || ' plain_plaqued=' || p from ($PLAIN) x(e, p)"
