#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the KPI status rule (modules/kpi/statusrule.h).
#   Recomputes the status of every indicator × area × month: 10,000 × 34 × 36 = 12.24 M rows held in
#   memory, with evaluateStatus (colour only; the per-period clock computed per row, then once per period;
#   then that split over every core), with the columnar colour-only path evaluateColours (statusbatch.h; one
#   thread, then every core), and with explanations over one area's rows (1/34, extrapolated).
#   Reference, same run: one SQL aggregate in SQLite (a temporary file on disk, warm page cache) that
#   computes the same colours from the same 12.24 M rows; the colour counts must match.
# Writes the figures into docs/benchmarks.md (the section between the kpi-status markers) with the machine,
# the commit and the command.
#
# Usage: tests/bench/kpi_status.sh [BUILD_DIR]   (default build/dev; publish figures from a Release build)
#   Builds nothing but the ioc_bench_kpi_status target there. About 2 minutes on 2 cores (Release).
#   IOC_BENCH_QUICK=1: 1,000 indicators only, printed; docs/benchmarks.md is left alone.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
build=$(cd "${1:-$repo/build/dev}" && pwd)
command_line="tests/bench/kpi_status.sh${1:+ $1}"
quick=${IOC_BENCH_QUICK:-0}

cmake --build "$build" --target ioc_bench_kpi_status >/dev/null
bench="$build/tests/bench/ioc_bench_kpi_status"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "kpi_status.sh: $build is a ${build_type:-default} build; publish figures from a Release build" >&2
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "$quick" = 1 ]; then indicators=1000; else indicators=10000; fi
out=$("$bench" "$indicators" 34 36)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
printf '%s\n' "$out" >&2

line() { grep "^$1 " <<<"$out"; }
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN { printf "%.*f", d, v }'; }
verdict() { if [ "$(awk -v a="$1" 'BEGIN { print (a < 200) }')" = 1 ]; then echo "met"; else echo "not met"; fi; }

colour=$(line colour); hoisted=$(line colour_hoisted); threads=$(line colour_hoisted_threads)
columnar=$(line columnar); columnar_threads=$(line columnar_threads)
explained=$(line explained); sql=$(line sql_aggregate); rows=$(line sql_rows); insert=$(line sqlite)
statuses=$(field "$colour" statuses)
sql_ms=$(field "$sql" median_ms)
ratio() { awk -v a="$1" -v b="$sql_ms" 'BEGIN { printf "%.2f", a / b }'; }
c_ms=$(field "$colour" median_ms); h_ms=$(field "$hoisted" median_ms); t_ms=$(field "$threads" median_ms)
k_ms=$(field "$columnar" median_ms); kt_ms=$(field "$columnar_threads" median_ms)
same() { [ "$(field "$1" same_colours)" = yes ] && echo "same counts" || echo "**counts differ**"; }

bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- modules tests/bench; then
    commit="$commit + uncommitted changes"
fi
section=$(cat <<SECTION
<!-- kpi-status:begin (written by tests/bench/kpi_status.sh) -->
## KPI: status rule over every indicator, area and month

\`evaluateStatus\` (modules/kpi/statusrule.h) for $(thousands "$indicators") indicators × 34 areas × 36 months =
**$(thousands "$statuses") statuses**, rows in memory (plan, actual, update time; a third lower-is-better, half amounts
pro-rated to the month, 2% without an actual, 1% without a plan), one thread unless said, median of 3.
**Reference**: one SQL aggregate in SQLite $(field "$insert" version) over a table of the same rows in a temporary file
(warm page cache) that computes the same achievement ratio and counts the colours (pro-rating factor and direction
stored in the row); its counts $( [ "$(field "$sql" same_colours)" = yes ] && echo "equal" || echo "**differ from**") the rule's
(red $(thousands "$(field "$sql" red)"), orange $(thousands "$(field "$sql" orange)"), green $(thousands "$(field "$sql" green)"), grey $(thousands "$(field "$sql" grey)")).

| what | time | per status | time ÷ the SQL aggregate's |
|---|---|---|---|
| colour only, \`evaluateStatus(input, ColourOnly)\` (period clock per row) | **$(fmt "$c_ms" 0) ms** | $(fmt "$(field "$colour" ns_per_status)") ns | $(ratio "$c_ms") |
| colour only, \`PeriodClock::of\` once per month, \`evaluateStatus(input, clock, ColourOnly)\` | **$(fmt "$h_ms" 0) ms** | $(fmt "$(awk -v a="$h_ms" -v n="$statuses" 'BEGIN { print a * 1e6 / n }')") ns | $(ratio "$h_ms") |
| the same on $(field "$threads" threads) threads (indicators split evenly) | **$(fmt "$t_ms" 0) ms** | | $(ratio "$t_ms") |
| colour only, columnar: \`evaluateColours\` over plain arrays (statusbatch.h), colours counted | **$(fmt "$k_ms" 0) ms** | $(fmt "$(field "$columnar" ns_per_status)") ns | $(ratio "$k_ms") ($(same "$columnar")) |
| the same on $(field "$columnar_threads" threads) threads (rows split evenly) | **$(fmt "$kt_ms" 0) ms** | | $(ratio "$kt_ms") ($(same "$columnar_threads")) |
| with explanations: $(thousands "$(field "$explained" statuses)") statuses (one area) measured | $(fmt "$(field "$explained" median_ms)" 0) ms (all: ≈ $(thousands "$(field "$explained" extrapolated_ms)") ms extrapolated) | $(fmt "$(field "$explained" ns_per_status)" 0) ns | |
| SQL aggregate (reference) | $(fmt "$sql_ms" 0) ms | | 1 |
| SQL, every row's \`actual / plan\` read out (for scale) | $(fmt "$(field "$rows" median_ms)" 0) ms | | $(ratio "$(field "$rows" median_ms)") |

Goal: every status recomputed within 200 ms: **colour only, clock per row: $(verdict "$c_ms")** ($(fmt "$c_ms" 0) ms);
**clock per month: $(verdict "$h_ms")** ($(fmt "$h_ms" 0) ms); **on every core: $(verdict "$t_ms")** ($(fmt "$t_ms" 0) ms);
**columnar, one thread: $(verdict "$k_ms")** ($(fmt "$k_ms" 0) ms); **columnar, every core: $(verdict "$kt_ms")** ($(fmt "$kt_ms" 0) ms).
The columnar path reads plan, actual (NaN = none), update time in ms, a period index and a series index per row
(building those columns from the rows took $(thousands "$(field "$(line columns)" build_ms)") ms, not in any figure); its colours equal
\`evaluateStatus\`'s row by row in tests/unit/kpi/tst_statusbatch.cpp. \`KpiDashboard::wardColours\` uses it.
Explanations (translated sentences built with QLocale and \`tr()\`) cost far more than the colour: build them for the
rows on screen, not for the whole recompute. Filling the SQLite table took $(thousands "$(field "$insert" insert_ms)") ms (not in any figure).
Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\` (the build folder configured with \`-G Ninja -DCMAKE_BUILD_TYPE=${build_type:-} -DIOC_BUILD_TESTS=ON\`).
<!-- kpi-status:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$quick" = 1 ]; then
    echo "kpi_status.sh: quick run; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish kpi-status "$section"
