#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the marker index of Ioc.Geo (MarkerIndex).
#   Build: the hierarchical clustering index for 100,000 and 1,000,000 points, median of 3 builds,
#   for points laid out as in a province or country ("vietnam": half spread over southern Việt Nam,
#   40% in three city hot spots, 10% duplicates) and spread evenly over the world ("world").
#   Query: 300 viewports of 1920x1080 centred on random points at each of five zooms: the index's
#   clusters() (what MarkerLayer draws) and countInside() (its visibleCount), against a brute-force
#   scan of every point for the same viewport (what a layer without an index must do), same run.
# Writes the figures into docs/benchmarks.md (the section between the geo-markers markers) with the
# machine, the commit and the command.
#
# Usage: tests/bench/geo_markers.sh [BUILD_DIR]   (default build/dev; publish figures from a Release build)
#   Builds nothing but the ioc_bench_geo_markers target there. About a minute on 2 cores (Release).
#   IOC_BENCH_QUICK=1: 20,000 points only, printed; docs/benchmarks.md is left alone.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
build=$(cd "${1:-$repo/build/dev}" && pwd)
command_line="tests/bench/geo_markers.sh${1:+ $1}"
quick=${IOC_BENCH_QUICK:-0}

cmake --build "$build" --target ioc_bench_geo_markers >/dev/null
bench="$build/tests/bench/ioc_bench_geo_markers"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "geo_markers.sh: $build is a ${build_type:-default} build; publish figures from a Release build" >&2
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# field LINE KEY: the value of KEY=value in a result line.
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN { printf "%.*f", d, v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; }
verdict() { if [ "$1" = 1 ]; then echo met; else echo "not met"; fi; }

if [ "$quick" = 1 ]; then sizes="20000"; else sizes="100000 1000000"; fi
declare -A results
for n in $sizes; do
    for layout in vietnam world; do
        echo "geo_markers.sh: $n points, $layout" >&2
        results[$n.$layout]=$("$bench" "$n" "$layout" 3 300)
    done
done

build_rows=""
for n in $sizes; do
    for layout in vietnam world; do
        line=$(grep '^build' <<<"${results[$n.$layout]}")
        build_rows+="| $(thousands "$n") | $layout | **$(fmt "$(field "$line" median_ms)") ms** | $(fmt "$(field "$line" min_ms)")–$(fmt "$(field "$line" max_ms)") ms | $(thousands "$(field "$line" items_all_levels)") |"$'\n'
    done
done
query_rows=""
worst_p95=0
for n in $sizes; do
    for layout in vietnam world; do
        while read -r line; do
            [ -n "$line" ] || continue
            ip95=$(field "$line" index_p95_us)
            worst_p95=$(awk -v a="$worst_p95" -v b="$ip95" 'BEGIN { print (b > a ? b : a) }')
            query_rows+="| $(thousands "$n") $layout | $(field "$line" zoom) | $(fmt "$(field "$line" items_mean)" 0) | $(thousands "$(fmt "$(field "$line" inside_mean)" 0)") | **$(fmt "$(field "$line" index_mean_us)" 0) µs** / $(fmt "$ip95" 0) µs | $(fmt "$(field "$line" count_mean_us)" 0) µs / $(fmt "$(field "$line" count_p95_us)" 0) µs | $(fmt "$(field "$line" scan_mean_us)" 0) µs / $(fmt "$(field "$line" scan_p95_us)" 0) µs | $(ratio "$(field "$line" scan_mean_us)" "$(field "$line" index_mean_us)")× |"$'\n'
        done < <(grep '^query' <<<"${results[$n.$layout]}")
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "$quick" = 1 ]; then
    goals="(quick run: no goals judged)"
else
    b100=$(field "$(grep '^build' <<<"${results[100000.vietnam]}")" median_ms)
    b1m=$(field "$(grep '^build' <<<"${results[1000000.vietnam]}")" median_ms)
    w100=$(field "$(grep '^build' <<<"${results[100000.world]}")" median_ms)
    w1m=$(field "$(grep '^build' <<<"${results[1000000.world]}")" median_ms)
    goals="build of 100,000 within 150 ms: **vietnam $(verdict "$(awk -v a="$b100" 'BEGIN { print (a <= 150) }')") ($(fmt "$b100") ms), world $(verdict "$(awk -v a="$w100" 'BEGIN { print (a <= 150) }')") ($(fmt "$w100") ms)**;
build of 1,000,000 within 2 s: **vietnam $(verdict "$(awk -v a="$b1m" 'BEGIN { print (a <= 2000) }')") ($(fmt "$b1m") ms), world $(verdict "$(awk -v a="$w1m" 'BEGIN { print (a <= 2000) }')") ($(fmt "$w1m") ms)**;
a viewport query within 2 ms: **$(verdict "$(awk -v a="$worst_p95" 'BEGIN { print (a <= 2000) }')")** (the worst p95 above: $(fmt "$worst_p95" 0) µs)."
fi

bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- modules tests/bench; then
    commit="$commit + uncommitted changes"
fi
section=$(cat <<SECTION
<!-- geo-markers:begin (written by tests/bench/geo_markers.sh) -->
## Map: marker index (clustering, viewport query)

\`MarkerIndex::build\`: greedy hierarchical clustering (cluster radius 60 px, zooms 0–16; zoom 17 and
above show every point) over a sorted grid per zoom, single-threaded, median of 3 builds. "vietnam":
half of the points spread over southern Việt Nam, 40% in three city hot spots, 10% exact duplicates;
"world": spread evenly between latitudes ±60 (the worst case: almost nothing clusters above zoom 8).

| points | layout | build (median) | min–max | items over all zoom levels |
|---|---|---|---|---|
${build_rows}
Viewport query, 300 viewports of 1920×1080 centred on random points per zoom (fractional zooms: the
index reads the level below). **index**: \`clusters(view, zoom)\` into a vector (what MarkerLayer
draws); **count**: \`countInside(view)\`, the exact number of points inside (MarkerLayer's visibleCount;
checked equal to the scan's every time); **reference**: a scan of every point for the same viewport.
Mean / p95.

| points | zoom | items shown | points inside | index | count | reference scan | scan ÷ index (mean) |
|---|---|---|---|---|---|---|---|
${query_rows}
Goals: ${goals}
Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\` (the build folder configured with \`-G Ninja -DCMAKE_BUILD_TYPE=${build_type:-} -DIOC_BUILD_TESTS=ON\`).
<!-- geo-markers:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$quick" = 1 ]; then
    echo "geo_markers.sh: quick run; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish geo-markers "$section"
