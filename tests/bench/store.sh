#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the store.
#   Ingest: 1,000 sensors, 1,000,000 observations and 100,000 cases written through Ingest::write in
#   batches of 10,000 records into a fresh SQLite file and a fresh PostgreSQL database, against each
#   database's own loader importing the same rows from CSV into the same schema in one transaction
#   (sqlite3 .import, psql \copy). Observations come by time (every sensor, then the next time, as a
#   live feed polls them) and, on SQLite, also by asset (one sensor's history after another, as a
#   back-fill reads archives).
#   NOTIFY: latency between two PostgreSQL connections at 200 notifications/s (ioc_bench_store notify).
# Writes the figures into docs/benchmarks.md (the section between the store markers) with the machine,
# the commit and the command. PostgreSQL is a throw-away server on 127.0.0.1 (scripts/test-servers/postgres).
#
# Usage: tests/bench/store.sh [BUILD_DIR]       (default build/dev; publish figures from a Release build)
#   Builds nothing but the ioc_bench_store target there. About 5 minutes on 2 cores.
#   IOC_BENCH_OBSERVATIONS, IOC_BENCH_CASES: smaller sizes to try the script; the section is then
#   printed and docs/benchmarks.md is left alone.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
build=$(cd "${1:-$repo/build/dev}" && pwd)
observations=${IOC_BENCH_OBSERVATIONS:-1000000}
cases=${IOC_BENCH_CASES:-100000}
batch=10000
rows=$((observations + cases))
command_line="tests/bench/store.sh${1:+ $1}"

cmake --build "$build" --target ioc_bench_store >/dev/null
bench="$build/tests/bench/ioc_bench_store"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "store.sh: $build is a ${build_type:-default} build; publish figures from a Release build" >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/iocdesk-bench-store.XXXXXX")
pgdir="$work/postgres"
cleanup() {
    "$repo/scripts/test-servers/postgres" stop "$pgdir" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# field LINE KEY: the value of KEY=value in a result line of ioc_bench_store.
# timed LOG COMMAND...: runs it (output into LOG) and prints its wall-clock seconds.
timed() {
    local log=$1 start end
    shift
    start=$(date +%s.%N)
    if ! "$@" >"$log" 2>&1; then
        tail -20 "$log" >&2
        echo "store.sh: failed: $*" >&2
        return 1
    fi
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%d", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# ours_run LOG ARGS...: ioc_bench_store ingest; its output stays in LOG.
ours_run() {
    local log=$1
    shift
    if ! "$bench" ingest --observations "$observations" --cases "$cases" --batch "$batch" "$@" >"$log" 2>&1; then
        tail -20 "$log" >&2
        echo "store.sh: ioc_bench_store ingest $* failed" >&2
        return 1
    fi
}
same_rows() { # same_rows WHAT OURS REFERENCE
    if [ "$2" != "$3" ]; then
        printf 'store.sh: %s: the reference holds other rows than ours\n  ours:      %s\n  reference: %s\n' "$1" "$2" "$3" >&2
        exit 1
    fi
}

case_columns="source, external_id, category, domain, title, search_text, channel, lat, lon, area_code, status, severity, opened_at, due_at, closed_at, assignee_unit, satisfied, sentiment, updated_at"
asset_columns="id, source, external_id, kind, name, search_text, lat, lon, area_code, properties, updated_at"
# What "the same rows" is checked by: counts, NULLs and exact sums (values have at most 2 decimals).
sqlite_check="SELECT count(*), sum(o.time), sum(CAST(round(o.value * 100) AS INTEGER)), sum(CAST(round(o.value * 100) AS INTEGER) * length(a.external_id)), sum(length(o.metric)) FROM observations o JOIN assets a ON a.id = o.asset_id;
SELECT count(*), count(DISTINCT external_id), count(lat), count(area_code), count(due_at), count(closed_at), count(satisfied), sum(satisfied), sum(opened_at), sum(due_at), sum(CAST(round(lat * 100000) AS INTEGER)), sum(length(title)), sum(length(search_text)), sum(CASE WHEN assignee_unit = '' THEN 1 ELSE 0 END) FROM cases;"
pg_check="SELECT count(*), sum(o.time), sum(round(o.value * 100)::bigint), sum(round(o.value * 100)::bigint * length(a.external_id)), sum(length(o.metric)) FROM observations o JOIN assets a ON a.id = o.asset_id;
SELECT count(*), count(DISTINCT external_id), count(lat), count(area_code), count(due_at), count(closed_at), count(satisfied), sum(satisfied), sum(opened_at), sum(due_at), sum(round(lat * 100000)::bigint), sum(length(title)), sum(length(search_text)), sum(CASE WHEN assignee_unit = '' THEN 1 ELSE 0 END) FROM cases;"

# SQLite: ours, then sqlite3 importing the CSV that ours wrote of the same rows. Sets sqlite_<order>_*.
sqlite_run() {
    local order=$1
    local dir="$work/sqlite-$order"
    mkdir -p "$dir"
    echo "SQLite, observations by $order: Ingest::write…" >&2
    ours_run "$dir/ours.log" --db "$dir/ours.sqlite" --order "$order" --csv-dir "$dir/csv"
    local data
    data=$(grep "phase=data" "$dir/ours.log")
    printf -v "sqlite_${order}_ours_seconds" '%s' "$(field "$data" seconds)"
    printf -v "sqlite_${order}_ours_rate" '%s' "$(field "$data" rows_per_s)"
    printf -v "sqlite_${order}_ours_observations" '%s' "$(field "$(grep "phase=observations" "$dir/ours.log")" rows_per_s)"
    printf -v "sqlite_${order}_ours_cases" '%s' "$(field "$(grep "phase=cases" "$dir/ours.log")" rows_per_s)"

    # The reference gets the schema and the assets (with our ids) untimed, as ours had them before.
    cat >"$dir/setup.sql" <<SQL
.bail on
PRAGMA journal_mode=WAL;
.read '$repo/resources/store/migrations/sqlite/0001_core.sql'
CREATE TEMP TABLE asset_rows ($asset_columns);
.import --csv --skip 1 '$dir/csv/assets.csv' asset_rows
INSERT INTO assets ($asset_columns)
    SELECT id, source, external_id, kind, name, search_text, NULLIF(lat, ''), NULLIF(lon, ''), NULLIF(area_code, ''), properties, updated_at FROM asset_rows;
SQL
    # Timed: one transaction, the store's pragmas. .import reads an empty field as '', hence NULLIF.
    cat >"$dir/import.sql" <<SQL
.bail on
PRAGMA synchronous=NORMAL;
PRAGMA foreign_keys=ON;
BEGIN;
.import --csv --skip 1 '$dir/csv/observations.csv' observations
CREATE TEMP TABLE case_rows ($case_columns);
.import --csv --skip 1 '$dir/csv/cases.csv' case_rows
INSERT INTO cases ($case_columns)
    SELECT source, external_id, category, domain, title, search_text, channel, NULLIF(lat, ''), NULLIF(lon, ''), NULLIF(area_code, ''), status, severity, opened_at, NULLIF(due_at, ''), NULLIF(closed_at, ''), assignee_unit, NULLIF(satisfied, ''), sentiment, updated_at FROM case_rows;
COMMIT;
SQL
    sqlite3 "$dir/reference.sqlite" <"$dir/setup.sql" >/dev/null
    echo "SQLite, observations by $order: sqlite3 .import…" >&2
    local seconds
    seconds=$(timed "$dir/import.log" sqlite3 -bail "$dir/reference.sqlite" ".read '$dir/import.sql'")
    printf -v "sqlite_${order}_ref_seconds" '%s' "$seconds"
    printf -v "sqlite_${order}_ref_rate" '%s' "$(per_second "$rows" "$seconds")"
    same_rows "SQLite by $order" "$(sqlite3 "$dir/ours.sqlite" "$sqlite_check")" "$(sqlite3 "$dir/reference.sqlite" "$sqlite_check")"
}

sqlite_run time
sqlite_run asset
csv="$work/sqlite-time/csv"

# PostgreSQL: a throw-away server on a free loopback port; ours and \copy into two fresh databases.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$repo/scripts/test-servers/postgres" start "$pgdir" "$port" >/dev/null
pg_url="postgresql://postgres@127.0.0.1:$port"
psql_on() {
    local database=$1
    shift
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$database" "$@"
}
createdb -h 127.0.0.1 -p "$port" -U postgres ioc_bench_ours
createdb -h 127.0.0.1 -p "$port" -U postgres ioc_bench_reference
echo "PostgreSQL: Ingest::write…" >&2
ours_run "$work/pg-ours.log" --db "$pg_url/ioc_bench_ours" --order time
data=$(grep "phase=data" "$work/pg-ours.log")
pg_ours_seconds=$(field "$data" seconds)
pg_ours_rate=$(field "$data" rows_per_s)
pg_ours_observations=$(field "$(grep "phase=observations" "$work/pg-ours.log")" rows_per_s)
pg_ours_cases=$(field "$(grep "phase=cases" "$work/pg-ours.log")" rows_per_s)

psql_on ioc_bench_reference -f "$repo/resources/store/migrations/postgresql/0001_core.sql"
psql_on ioc_bench_reference -c "\\copy assets ($asset_columns) FROM '$csv/assets.csv' WITH (FORMAT csv, HEADER true)"
cat >"$work/copy.sql" <<SQL
\\copy observations (asset_id, metric, time, value) FROM '$csv/observations.csv' WITH (FORMAT csv, HEADER true)
\\copy cases ($case_columns) FROM '$csv/cases.csv' WITH (FORMAT csv, HEADER true)
SQL
echo "PostgreSQL: psql \\copy…" >&2
pg_ref_seconds=$(timed "$work/copy.log" psql_on ioc_bench_reference --single-transaction -f "$work/copy.sql")
pg_ref_rate=$(per_second "$rows" "$pg_ref_seconds")
same_rows "PostgreSQL" "$(psql_on ioc_bench_ours -At -c "$pg_check")" "$(psql_on ioc_bench_reference -At -c "$pg_check")"

echo "PostgreSQL: NOTIFY latency…" >&2
"$bench" notify --db "$pg_url/ioc_bench_ours" --rate 200 --count 2000 >"$work/notify.log" 2>&1 \
    || { cat "$work/notify.log" >&2; exit 1; }
notify=$(grep "^notify" "$work/notify.log")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "not met"; fi; }
sqlite_time_ratio=$(ratio "$sqlite_time_ours_seconds" "$sqlite_time_ref_seconds")
sqlite_asset_ratio=$(ratio "$sqlite_asset_ours_seconds" "$sqlite_asset_ref_seconds")
rate_goal="by time $(verdict "$((sqlite_time_ours_rate >= 200000))"), by asset $(verdict "$((sqlite_asset_ours_rate >= 200000))")"
within() { awk -v r="$1" 'BEGIN { print (r <= 1.5) }'; }
ratio_goal="by time $(verdict "$(within "$sqlite_time_ratio")") (${sqlite_time_ratio}×), by asset $(verdict "$(within "$sqlite_asset_ratio")") (${sqlite_asset_ratio}×)"
notify_goal=$(verdict "$(awk -v p="$(field "$notify" p99_ms)" -v lost="$(field "$notify" lost)" 'BEGIN { print (p < 10 && lost == 0) }')")

bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- modules tests/bench resources; then
    commit="$commit + uncommitted changes"
fi
sqlite_version=$(sqlite3 --version | cut -d' ' -f1)
pg_version=$(psql_on ioc_bench_ours -At -c "SHOW server_version" | cut -d' ' -f1)
row() { # row LABEL PREFIX REFERENCE-NAME: one line of the ingest table
    local ours_rate="${2}_ours_rate" ours_seconds="${2}_ours_seconds" ref_rate="${2}_ref_rate" ref_seconds="${2}_ref_seconds"
    printf '| %s | %s | **%s rows/s** (%.1f s) | %s: %s rows/s (%.1f s) | **%s×** |' "$1" "$(thousands "$rows")" \
        "$(thousands "${!ours_rate}")" "${!ours_seconds}" "$3" "$(thousands "${!ref_rate}")" "${!ref_seconds}" \
        "$(ratio "${!ours_seconds}" "${!ref_seconds}")"
}
sqlite_time_row=$(row "SQLite $sqlite_version, time (live feed)" sqlite_time '`sqlite3` `.import`')
sqlite_asset_row=$(row "SQLite $sqlite_version, asset (back-fill)" sqlite_asset '`sqlite3` `.import`')
pg_row=$(row "PostgreSQL $pg_version, time (live feed)" pg 'psql `\copy`')
section=$(cat <<SECTION
<!-- store:begin (written by tests/bench/store.sh) -->
## Store: ingest and NOTIFY

Data: 1,000 sensors (rain gauges, water stations, flood towers), $(thousands "$observations") observations over
them and $(thousands "$cases") cases (Vietnamese titles, some without position, deadline or rating), the
same on every run (fixed seed). **Ours**: \`Ingest::write\` in batches of $(thousands "$batch") records, one
transaction each, into a fresh database; only the \`write\` calls are timed, not making the records.
**Reference**: the same rows from CSV into the same schema (the shipped migration) in one transaction,
timed as a whole, reading the CSV included. Neither includes the schema or the 1,000 sensors, which
both get first. Both databases hold the same rows afterwards (checked: counts, NULLs, exact sums).

| backend, observations in order of | rows | ours | reference | ours ÷ reference (time) |
|---|---|---|---|---|
${sqlite_time_row}
${sqlite_asset_row}
${pg_row}

Ours by record type (observations/s, cases/s): SQLite by time $(thousands "$sqlite_time_ours_observations"), $(thousands "$sqlite_time_ours_cases");
SQLite by asset $(thousands "$sqlite_asset_ours_observations"), $(thousands "$sqlite_asset_ours_cases"); PostgreSQL $(thousands "$pg_ours_observations"), $(thousands "$pg_ours_cases").
SQLite runs as the store configures it (WAL, synchronous=NORMAL, foreign keys on, SQLite's default
2 MB page cache), the reference with the same pragmas. PostgreSQL is the test server of
\`scripts/test-servers/postgres\` (fsync off) on loopback; \`Ingest::write\` costs it a round trip per record.

Goals: SQLite at least 200,000 rows/s: **${rate_goal}**. SQLite within 1.5× of the \`sqlite3\` command
line: **${ratio_goal}**.

NOTIFY latency between two connections on loopback (ChangeFeed's channel and payload, \`pg_notify\` in
autocommit; from just before the send to the listener's \`QSqlDriver::notification\` slot on its own
thread), $(field "$notify" count) notifications at $(field "$notify" rate)/s after $(field "$notify" warmup) for warm-up:

| p50 | p90 | p99 | max | lost |
|---|---|---|---|---|
| $(field "$notify" p50_ms) ms | $(field "$notify" p90_ms) ms | **$(field "$notify" p99_ms) ms** | $(field "$notify" max_ms) ms | $(field "$notify" lost) |

Goal: p99 under 10 ms: **${notify_goal}**.
Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\` (the build folder configured with \`-G Ninja -DCMAKE_BUILD_TYPE=${build_type:-} -DIOC_BUILD_TESTS=ON\`).
<!-- store:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$observations" != 1000000 ] || [ "$cases" != 100000 ]; then
    echo "store.sh: smaller sizes than the benchmark's; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish store "$section"
