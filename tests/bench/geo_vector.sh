#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: GeoJSON reading and triangulation (the vector layer's preparation, off the GUI thread).
#   For the shipped provinces file (34 provinces, 33k vertices) and the Cà Mau wards file (64 wards),
#   from bytes in memory, the median of 21 runs of: QJsonDocument::fromJson alone (the reference),
#   GeoJsonReader::read (parse + checks + projection + crossing test), triangulating every polygon,
#   and VectorLayer's whole mesh (triangles, outlines, label points).
# Writes the figures into docs/benchmarks.md (the section between the geo-vector markers) with the
# machine, the commit and the command.
#
# Usage: tests/bench/geo_vector.sh [BUILD_DIR]   (default build/dev; publish figures from a Release build)
#   Builds nothing but the ioc_bench_geo_vector target there. Under a minute.
#   IOC_BENCH_RUNS: fewer runs to try the script; the section is then printed and docs/benchmarks.md
#   is left alone.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
build=$(cd "${1:-$repo/build/dev}" && pwd)
runs=${IOC_BENCH_RUNS:-21}
command_line="tests/bench/geo_vector.sh${1:+ $1}"

cmake --build "$build" --target ioc_bench_geo_vector >/dev/null
bench="$build/tests/bench/ioc_bench_geo_vector"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "geo_vector.sh: $build is a ${build_type:-default} build; publish figures from a Release build" >&2
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=$("$bench" --runs "$runs" "$repo/resources/geo/vn_provinces34_2025.geojson" \
    "$repo/resources/demo/ca_mau_wards_2025.geojson")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a + b }'; }
row() { # row LABEL LINE
    local line=$2 parse read tri mesh
    parse=$(field "$line" parse_ms)
    read=$(field "$line" read_ms)
    tri=$(field "$line" triangulate_ms)
    mesh=$(field "$line" mesh_ms)
    printf '| %s | %s | %s | %s | %s ms | %s ms (**%s×**) | %s ms | %s ms | **%s ms (%s×)** |' "$1" \
        "$(thousands "$(field "$line" bytes)")" "$(field "$line" features)" "$(thousands "$(field "$line" vertices)")" \
        "$parse" "$read" "$(ratio "$read" "$parse")" "$tri" "$mesh" "$(sum "$read" "$mesh")" \
        "$(ratio "$(sum "$read" "$mesh")" "$parse")"
}
provinces=$(grep "^file=vn_provinces" <<<"$results")
wards=$(grep "^file=ca_mau_wards" <<<"$results")

bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- modules tests/bench resources; then
    commit="$commit + uncommitted changes"
fi
section=$(cat <<SECTION
<!-- geo-vector:begin (written by tests/bench/geo_vector.sh) -->
## Map: GeoJSON reading and triangulation

What a \`VectorLayer\` does on a worker thread before it can draw a file, from the file's bytes in
memory, median of ${runs} runs, one thread. **Reference**: \`QJsonDocument::fromJson\` of the same bytes
(the parse any Qt reader pays). **Read**: \`GeoJsonReader::read\` (the parse, then every position
checked and projected to world coordinates, rings checked for closing and crossings, properties
copied). **Triangulate**: ear clipping of every polygon. **Mesh**: the layer's whole preparation after
reading (triangles, outline segments, label points). Ratios are against the reference.

| file | bytes | features | vertices | reference: parse | read | triangulate | mesh | read + mesh |
|---|---|---|---|---|---|---|---|---|
$(row "provinces (\`resources/geo/vn_provinces34_2025.geojson\`), $(thousands "$(field "$provinces" triangles)") triangles" "$provinces")
$(row "Cà Mau wards (\`resources/demo/ca_mau_wards_2025.geojson\`), $(thousands "$(field "$wards" triangles)") triangles" "$wards")

Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\` (the build folder configured with \`-G Ninja -DCMAKE_BUILD_TYPE=${build_type:-} -DIOC_BUILD_TESTS=ON\`).
<!-- geo-vector:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$runs" != 21 ]; then
    echo "geo_vector.sh: fewer runs than the benchmark's; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish geo-vector "$section"
