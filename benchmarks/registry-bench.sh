#!/usr/bin/env bash
# Registry benchmark (issue 3, "Performance"): on SIZE units loaded through the CSV import, measures
#   (a) "20 nearest units available now with capability X" through the HTTP API: p50/p95/p99 from one
#       client and throughput from CLIENTS concurrent clients;
#   (b) the same query in raw SQL with pgbench, same points, same concurrency, same machine; the
#       eight-client HTTP load also from wrk (a lean C load generator like pgbench, installed with
#       apt-get if missing), Java driver, wrk and pgbench taking turns for ROUNDS rounds, with the CPU per query of
#       application, PostgreSQL and load generator;
#   (c) the wall time of importing SIZE CSV rows (upload to SUCCEEDED);
#   (d) list/filter pages (GET /api/units?region=…&kind=…&limit=50) p50/p95/p99 from one client;
# and prints HTTP and SQL side by side, with the issue's targets.
#
# Usage (the application running, e.g. after ./samverkan up; same SAMVERKAN_* settings as ./samverkan):
#   benchmarks/registry-bench.sh [--fresh] [--size 100000] [--duration 30] [--warmup 10] [--clients 8]
#                                [--rounds 3] [--capability defibrillator]
#   --fresh  stop everything, drop the database, start again without demo data, then import SIZE units
#            (needed for (c) when the registry already holds units; destroys the local data).
# Without --fresh, an empty registry is loaded (and (c) measured); one already holding SIZE units is reused
# and (c) is skipped. Output: benchmarks/target/registry-bench/ (summary.txt and the raw figures).
#
# The SQL pgbench runs is the application's own file (NEAREST_SQL below): one text, two measurements.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB_PORT="${SAMVERKAN_DB_PORT:-55432}"
HTTP_PORT="${SAMVERKAN_HTTP_PORT:-8080}"
DB_USER="${SAMVERKAN_DB_USER:-samverkan}"
DB_NAME="${SAMVERKAN_DB_NAME:-samverkan}"
PG_BIN=/usr/lib/postgresql/15/bin
JAR=benchmarks/target/benchmarks.jar
NEAREST_SQL=registry-api/src/main/resources/se/samverkan/registry/nearest-available.sql
OUT="${PWD}/benchmarks/target/registry-bench"
URL="http://localhost:${HTTP_PORT}/"
KEYCLOAK_URL="${SAMVERKAN_KEYCLOAK_URL:-http://localhost:${SAMVERKAN_KEYCLOAK_PORT:-8180}}"
# The demo realm's national coordinator loads and queries (it may create national organisations).
BENCH_USER="${SAMVERKAN_DEMO_USER:-coordinator}"
BENCH_PASSWORD="${SAMVERKAN_DEMO_PASSWORD:-demo}"

size=100000 duration=30 warmup=10 rounds=3 clients=8 capability=defibrillator fresh=0 points=10000 seed=42
while (($# > 0)); do
    case "$1" in
        --fresh) fresh=1; shift ;;
        --size) size="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --clients) clients="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --capability) capability="$2"; shift 2 ;;
        *) echo "registry-bench: unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
    esac
done

say() { printf 'registry-bench: %s\n' "$*"; }
die() { printf 'registry-bench: error: %s\n' "$*" >&2; exit 1; }
psql_app() { PGOPTIONS="-c client_min_messages=warning" "${PG_BIN}/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }
ready() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "${URL}health/ready" || true)" == 200 ]]; }
# Nearest-rank percentile of the numbers in a file (one per line): percentile FILE P
percentile() { sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { r = int((p / 100) * NR); if (r < (p / 100) * NR) r++; if (r < 1) r = 1; print v[r] }'; }

[[ -f "$JAR" ]] || die "$JAR is missing: mvn -B -DskipTests install"
[[ -f "$NEAREST_SQL" ]] || die "$NEAREST_SQL is missing: this build has no nearest-unit search yet"
[[ -x "${PG_BIN}/pgbench" ]] || die "pgbench not found in ${PG_BIN} (package postgresql-15)"
mkdir -p "$OUT"

if ((fresh == 1)); then
    say "fresh start: stopping, dropping database ${DB_NAME}, starting without demo data"
    ./samverkan down >/dev/null
    ./samverkan db-up >/dev/null
    "${PG_BIN}/psql" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres \
        -c "DROP DATABASE IF EXISTS \"${DB_NAME}\" WITH (FORCE)"
    SAMVERKAN_DEMO_DATA=0 SAMVERKAN_SKIP_BUILD=1 ./samverkan up >/dev/null
fi
ready || die "the application does not answer ${URL}health/ready; start it with ./samverkan up"

units="$(psql_app -At -c 'SELECT count(*) FROM transport_unit WHERE retired_at IS NULL')"
import_seconds=""
import_rows="$size"
if ((units == 0)); then
    say "importing ${size} units through the API (demo-data loader)"
    java -cp "$JAR" se.samverkan.benchmarks.demo.DemoDataCommand load --size "$size" --url "$URL" \
        --user "$BENCH_USER" --password "$BENCH_PASSWORD" --keycloak-url "$KEYCLOAK_URL" | tee "$OUT/import.txt"
    import_seconds="$(sed -n 's/^import-wall-seconds=//p' "$OUT/import.txt")"
    import_rows="$(sed -n 's/.*import SUCCEEDED: \([0-9]*\) rows applied.*/\1/p' "$OUT/import.txt")"
    [[ -n "$import_seconds" ]] || die "the import did not succeed (see $OUT/import.txt)"
elif ((units * 100 >= size * 99 && units <= size)); then
    # Sensitive units the benchmark user may not keep are left out of the import, so a few may be missing.
    say "the registry already holds ${units} units: reusing them, import not measured (use --fresh)"
else
    die "the registry holds ${units} units, not ${size}; run with --fresh (drops the local database)"
fi

# Fresh statistics for both sides alike (autovacuum may not have analysed the imported rows yet), and a
# checkpoint, so the import's ~300 MB of WAL is not written out during whichever runs come first (the HTTP
# ones): both sides start from the same clean buffers.
psql_app -c 'VACUUM ANALYZE transport_unit'
"${PG_BIN}/psql" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c 'CHECKPOINT'

say "query points: ${points} seeded positions shared by the HTTP driver and pgbench"
java -cp "$JAR" se.samverkan.benchmarks.registry.RegistryBenchmark points --out "$OUT/points.csv" --count "$points" --seed "$seed"
psql_app <<SQL
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.query_points;
CREATE TABLE bench.query_points (id integer PRIMARY KEY, latitude double precision, longitude double precision);
\copy bench.query_points FROM '$OUT/points.csv' WITH (FORMAT csv)
ANALYZE bench.query_points;
SQL

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# Tokens live five minutes (the realm's access token lifespan): a fresh one for each part of the run.
fresh_token() {
    SAMVERKAN_TOKEN="$(./samverkan token "$BENCH_USER" "$BENCH_PASSWORD")" || die "no token for ${BENCH_USER} from Keycloak"
    export SAMVERKAN_TOKEN
}
fresh_token
# The Java driver: one-client latencies and list pages here; its eight-client runs take part in the rounds.
java_driver() {
    java -cp "$JAR" se.samverkan.benchmarks.registry.RegistryBenchmark http --url "$URL" --clients "$clients" \
        --capability "$capability" --count "$points" --seed "$seed" "$@"
}
say "HTTP: warm-up ${warmup} s, then ${duration} s per run (1 client, list pages)"
java_driver --warmup "$warmup" --duration "$duration" --runs nearest1,list | tee "$OUT/http.txt"
http_value() { sed -n "s/^http\.$1=//p" "$OUT/http.txt"; }

# pgbench: pick a point, then run the application's query text with the same parameters the API binds
# (capabilities, any kind, a caller not cleared for sensitive units, n = 20), as prepared statements.
{
    echo "\\set id random(1, ${points})"
    echo "SELECT latitude AS lat, longitude AS lon FROM bench.query_points WHERE id = :id \\gset"
    cat "$NEAREST_SQL"
    echo ";"
} >"$OUT/nearest.pgbench"
# Under the plan_cache_mode of the application's search pool (SamverkanDataSource), so both sides run one
# query one way.
pgbench() {
    PGOPTIONS="-c plan_cache_mode=force_generic_plan" "${PG_BIN}/pgbench" -n -M prepared -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -f "$OUT/nearest.pgbench" \
        -D "caps={${capability}}" -D "kinds={}" -D cleared=false -D n=20 "$@" "$DB_NAME"
}

# CPU per query on each side of the eight-client comparison, from /proc (clock ticks): the application's
# process; the whole PostgreSQL cluster (the postmaster, its live children and those it has reaped, so
# backends that end during a run count too); and the load generator (a child of this script, reaped).
TICK_MS="$(awk -v t="$(getconf CLK_TCK)" 'BEGIN { print 1000 / t }')"
APP_PID="$(cat "${SAMVERKAN_STATE_DIR:-.local}/run/payara.pid" 2>/dev/null || true)"
# The postmaster: the cluster process listening on the benchmark's port.
POSTMASTER_PID="$(pgrep -o -f "postgres -D .* -p ${DB_PORT}( |\$)" || true)"
[[ -n "$POSTMASTER_PID" ]] || die "no PostgreSQL postmaster found for port ${DB_PORT}"
proc_ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
cluster_ticks() {
    local total p
    total="$(proc_ticks "$POSTMASTER_PID")"
    for p in $(pgrep -P "$POSTMASTER_PID"); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/${p}/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
children_ticks() { awk '{ print $16 + $17 }' "/proc/$$/stat"; }
# CPU ticks since cpu_mark, as "application PostgreSQL client" (the application's share is meaningless for
# pgbench runs: it idles).
cpu_counters() { echo "$(proc_ticks "${APP_PID:-0}") $(cluster_ticks) $(children_ticks)"; }
cpu_mark() {
    mark_backends="$(pgrep -c -P "$POSTMASTER_PID" || true)"
    read -r mark_app mark_pg mark_client <<<"$(cpu_counters)"
}
# A backend's CPU moves to the postmaster's reaped-children counters only once it has exited and been
# reaped, a moment after its client disconnects: read the counters before that and pgbench's eight backends
# are missing (they were: 0.39-0.73 ms per query instead of 0.75-0.85, from one run to the next). Waits (at
# most 5 s) until the cluster has no more processes than at the mark.
backends_settled() {
    local i
    for i in $(seq 50); do
        (($(pgrep -c -P "$POSTMASTER_PID" || true) <= mark_backends)) && return 0
        sleep 0.1
    done
}
cpu_since_mark() {
    local app pg client
    backends_settled
    read -r app pg client <<<"$(cpu_counters)"
    echo "$((app - mark_app)) $((pg - mark_pg)) $((client - mark_client))"
}
# per_query "APP PG CLIENT" N: milliseconds of CPU per query on each side.
per_query() {
    awk -v n="$2" -v t="$TICK_MS" -v ticks="$1" 'BEGIN { split(ticks, k, " ");
        if (n > 0) printf "%.2f %.2f %.2f", k[1] * t / n, k[2] * t / n, k[3] * t / n; else print "? ? ?" }'
}
add_ticks() { awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); print x[1] + y[1], x[2] + y[2], x[3] + y[3] }'; }

# The same eight-client load from wrk, a lean C load generator like pgbench (the Java driver above costs
# several times more CPU per request, on the same two cores as the application and the database).
if ! command -v wrk >/dev/null 2>&1; then
    say "installing wrk (apt-get)"
    if ((EUID == 0)); then apt-get install -y -q wrk >/dev/null; else sudo -n apt-get install -y -q wrk >/dev/null; fi \
        || die "wrk is missing and could not be installed: apt-get install wrk"
fi
export POINTS="$OUT/points.csv" CAPABILITY="$capability"
wrk_run() { wrk -t 2 -c "$clients" -d "$1" --timeout 10s -s benchmarks/wrk-nearest.lua "${URL%/}"; }
rm -f "$OUT"/pgb1.* "$OUT"/pgb8* "$OUT"/wrk-n*.txt "$OUT"/pgbench-n*.txt
fresh_token
say "warm-up: wrk ${warmup} s, pgbench ${warmup} s"
wrk_run "${warmup}s" >/dev/null
pgbench -c 1 -j 1 -T "$warmup" >/dev/null
say "pgbench: ${duration} s with 1 client"
(cd "$OUT" && pgbench -c 1 -j 1 -T "$duration" -r -l --log-prefix=pgb1) >"$OUT/pgbench-1.txt"

# Eight clients: the Java driver, wrk and pgbench take turns, ROUNDS times, so both sides meet the same machine. The speed
# of these shared machines drifts by a third within minutes (a fixed CPU loop: 1.8-2.8 s), and one run of
# each side minutes apart measured the drift as much as the code.
# pgbench's throughput from its output file (excluding connection time).
tps() { sed -n 's/^tps = \([0-9.]*\) (without.*/\1/p' "$1" | awk '{ printf "%.1f", $1 }'; }
say "${clients} clients: ${rounds} rounds of the Java driver, wrk and pgbench, ${duration} s each"
wrk_requests=0 wrk_seconds=0 wrk_errors=0 wrk_socket_errors="" wrk_ticks="0 0 0"
sql_transactions=0 sql_seconds=0 sql_ticks="0 0 0" round_ratios=""
java_rps_sum=0 java_errors=0 java_ratios=""
: >"$OUT/rounds.txt"
for ((round = 1; round <= rounds; round++)); do
    fresh_token
    # The driver's own JVM warms up for 5 s against the already warm application.
    java_driver --warmup 5 --duration "$duration" --runs nearestN >"$OUT/http-n-${round}.txt"
    java_rps="$(sed -n "s/^http\.nearest\.c${clients}\.rps=//p" "$OUT/http-n-${round}.txt")"
    [[ -n "$java_rps" ]] || die "the Java driver gave no figures (see $OUT/http-n-${round}.txt)"
    java_errors=$((java_errors + $(sed -n "s/^http\.nearest\.c${clients}\.errors=//p" "$OUT/http-n-${round}.txt")))
    java_rps_sum="$(awk -v a="$java_rps_sum" -v b="$java_rps" 'BEGIN { print a + b }')"

    cpu_mark
    wrk_run "${duration}s" >"$OUT/wrk-n-${round}.txt"
    wrk_ticks="$(add_ticks "$wrk_ticks" "$(cpu_since_mark)")"
    requests="$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$OUT/wrk-n-${round}.txt")"
    seconds="$(sed -n 's/^ *[0-9]* requests in \([0-9.]*\)s.*/\1/p' "$OUT/wrk-n-${round}.txt")"
    [[ -n "$requests" && -n "$seconds" ]] || die "wrk gave no figures (see $OUT/wrk-n-${round}.txt)"
    errors="$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$OUT/wrk-n-${round}.txt")"
    socket_errors="$(sed -n 's/.*Socket errors: *\(.*\)/\1/p' "$OUT/wrk-n-${round}.txt")"
    wrk_errors=$((wrk_errors + ${errors:-0}))
    [[ -z "$socket_errors" ]] || wrk_socket_errors="${wrk_socket_errors:+${wrk_socket_errors}; }${socket_errors}"

    cpu_mark
    (cd "$OUT" && pgbench -c "$clients" -j 2 -T "$duration" -r -l --log-prefix="pgb8-${round}") >"$OUT/pgbench-n-${round}.txt"
    sql_ticks="$(add_ticks "$sql_ticks" "$(cpu_since_mark)")"
    transactions="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$OUT/pgbench-n-${round}.txt")"
    tps_round="$(tps "$OUT/pgbench-n-${round}.txt")"
    [[ -n "$transactions" && -n "$tps_round" ]] || die "pgbench gave no figures (see $OUT/pgbench-n-${round}.txt)"

    read -r wrk_requests wrk_seconds sql_transactions sql_seconds ratio_round <<<"$(awk \
        -v wr="$wrk_requests" -v ws="$wrk_seconds" -v r="$requests" -v s="$seconds" \
        -v st="$sql_transactions" -v ss="$sql_seconds" -v t="$transactions" -v tps="$tps_round" \
        'BEGIN { printf "%d %.3f %d %.3f %.2f", wr + r, ws + s, st + t, ss + t / tps, (r / s) / tps }')"
    round_ratios="${round_ratios:+${round_ratios} }${ratio_round}"
    java_ratio="$(awk -v a="$java_rps" -v b="$tps_round" 'BEGIN { printf "%.2f", a / b }')"
    java_ratios="${java_ratios:+${java_ratios} }${java_ratio}"
    printf 'round %d: HTTP %.1f q/s (Java driver), %.1f (wrk); SQL (pgbench) %.1f q/s; ratios %s / %s\n' \
        "$round" "$java_rps" "$(awk -v r="$requests" -v s="$seconds" 'BEGIN { print r / s }')" "$tps_round" \
        "$java_ratio" "$ratio_round" | tee -a "$OUT/rounds.txt"
done
http_rps_n="$(awk -v a="$java_rps_sum" -v n="$rounds" 'BEGIN { printf "%.1f", a / n }')"
wrk_rps="$(awk -v r="$wrk_requests" -v s="$wrk_seconds" 'BEGIN { printf "%.1f", r / s }')"
sql_tpsn="$(awk -v t="$sql_transactions" -v s="$sql_seconds" 'BEGIN { printf "%.1f", t / s }')"
wrk_cpu="$(per_query "$wrk_ticks" "$wrk_requests")"
sql_cpu="$(per_query "$sql_ticks" "$sql_transactions")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
# Log lines: client transaction latency_us script epoch epoch_us — latency of the whole transaction
# (point lookup + query), in microseconds.
cat "$OUT"/pgb1.* | awk '{ printf "%.3f\n", $3 / 1000 }' >"$OUT/pgbench-1-latencies.txt"
sql_p50="$(percentile "$OUT/pgbench-1-latencies.txt" 50)"
sql_p95="$(percentile "$OUT/pgbench-1-latencies.txt" 95)"
sql_p99="$(percentile "$OUT/pgbench-1-latencies.txt" 99)"
sql_tps1="$(tps "$OUT/pgbench-1.txt")"
sql_stmt1="$(awk '/SELECT u.id/ && $1 ~ /^[0-9.]+$/ { print $1 }' "$OUT/pgbench-1.txt" | head -n 1)"
ratio="$(awk -v a="$http_rps_n" -v b="$sql_tpsn" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')"
wrk_ratio="$(awk -v a="$wrk_rps" -v b="$sql_tpsn" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')"

{
    echo "Registry benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), ${size} units, capability '${capability}'"
    echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
        "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average before ${load_before}, after ${load_after}"
    echo
    printf '%-34s %14s %20s %s\n' "" "HTTP API" "raw SQL (pgbench)" "target"
    printf '%-34s %14s %20s\n' "nearest, 1 client, p50 ms" "$(http_value nearest.c1.p50_ms)" "$sql_p50"
    printf '%-34s %14s %20s %s\n' "nearest, 1 client, p95 ms" "$(http_value nearest.c1.p95_ms)" "$sql_p95" "HTTP < 5 ms"
    printf '%-34s %14s %20s\n' "nearest, 1 client, p99 ms" "$(http_value nearest.c1.p99_ms)" "$sql_p99"
    printf '%-34s %14s %20s\n' "nearest, 1 client, queries/s" "$(http_value nearest.c1.rps)" "$sql_tps1"
    printf '%-34s %14s %20s %s\n' "nearest, ${clients} clients, queries/s" "$http_rps_n" "$sql_tpsn" "HTTP >= 0.5 x SQL (ratio ${ratio})"
    printf '%-34s %14s %20s %s\n' "nearest, ${clients} clients (wrk), q/s" "$wrk_rps" "$sql_tpsn" "HTTP >= 0.5 x SQL (ratio ${wrk_ratio})"
    printf '%-34s %14s %20s %s\n' "  ratio in each round, Java driver" "" "" "$java_ratios"
    printf '%-34s %14s %20s %s\n' "  ratio in each round, wrk" "" "" "$round_ratios"
    printf '%-34s %14s %20s\n' "  CPU ms/query: application" "$(cut -d' ' -f1 <<<"$wrk_cpu")" "-"
    printf '%-34s %14s %20s\n' "  CPU ms/query: PostgreSQL" "$(cut -d' ' -f2 <<<"$wrk_cpu")" "$(cut -d' ' -f2 <<<"$sql_cpu")"
    printf '%-34s %14s %20s\n' "  CPU ms/query: load generator" "$(cut -d' ' -f3 <<<"$wrk_cpu")" "$(cut -d' ' -f3 <<<"$sql_cpu")"
    printf '%-34s %14s %20s %s\n' "list page, 1 client, p50/p95/p99 ms" \
        "$(http_value list.c1.p50_ms)/$(http_value list.c1.p95_ms)/$(http_value list.c1.p99_ms)" "" "p95 < 50 ms"
    printf '%-34s %14s %20s %s\n' "import of ${import_rows} CSV rows, s" "${import_seconds:-not measured}" "" "< 20 s (100 000 rows)"
    echo
    echo "SQL latencies are whole pgbench transactions: a primary-key lookup of the query point, then the"
    echo "query (average of the query statement alone, 1 client: ${sql_stmt1:-?} ms). HTTP errors:" \
        "$(http_value nearest.c1.errors) / ${java_errors} / $(http_value list.c1.errors);" \
        "wrk: ${wrk_errors:-0} answers other than 200${wrk_socket_errors:+, socket errors ${wrk_socket_errors}}."
    echo "HTTP API rows: the Java driver (latencies, list pages, first eight-client figure) and wrk (second"
    echo "eight-client figure). Eight clients: ${rounds} rounds of Java driver, wrk and pgbench taking turns, ${duration} s"
    echo "each; each side's figure is over its rounds. CPU per query from /proc during the wrk and pgbench runs."
} | tee "$OUT/summary.txt"

psql_app -c 'DROP SCHEMA bench CASCADE' >/dev/null
