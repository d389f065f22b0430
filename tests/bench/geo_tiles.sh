#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: raster tiles from the shipped basemap (resources/basemap/vn_relief_z0-7.mbtiles, 106 PNG tiles).
#   Decode rate: every tile decoded as TileLoader does (QImage::loadFromData, then ARGB32_Premultiplied),
#   50 passes, on one thread and on all cores; reference: ffmpeg decoding the same PNG files
#   (`ffmpeg -threads 1 -i %d.png -f null -`, and with frame threads on all cores), and the raw SQLite
#   blob read of the same tiles.
#   Cold viewport fill at 1920x1080 over Việt Nam (16.0N 106.5E) at zoom 7 and 6: a new TileLoader on a
#   new MbTilesSource, from the first request to every visible tile decoded or known missing (median of
#   20 runs); reference: one thread fetching and decoding the same tiles in order.
# Writes the figures into docs/benchmarks.md between the geo-tiles markers, with the machine, the commit
# and the command.
#
# Usage: tests/bench/geo_tiles.sh [BUILD_DIR]   (default build/dev; publish figures from a Release build)
#   Builds nothing but the ioc_bench_geo_tiles target there. About 30 s on 2 cores.
#   IOC_BENCH_ROUNDS: fewer decode passes to try the script; the section is then printed only.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
build=$(cd "${1:-$repo/build/dev}" && pwd)
rounds=${IOC_BENCH_ROUNDS:-50}
runs=20
mbtiles="$repo/resources/basemap/vn_relief_z0-7.mbtiles"
command_line="tests/bench/geo_tiles.sh${1:+ $1}"

cmake --build "$build" --target ioc_bench_geo_tiles >/dev/null
bench="$build/tests/bench/ioc_bench_geo_tiles"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "geo_tiles.sh: $build is a ${build_type:-default} build; publish figures from a Release build" >&2
fi
command -v ffmpeg >/dev/null || { echo "geo_tiles.sh: ffmpeg is needed for the reference" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/iocdesk-bench-tiles.XXXXXX")
trap 'rm -rf "$work"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "decode: QImage, $rounds passes…" >&2
decode=$("$bench" decode --mbtiles "$mbtiles" --rounds "$rounds" --dump "$work/png")
decodes=$(field "$decode" decodes)
threads=$(field "$decode" threads)

# ffmpeg over the same files, the same number of passes; rtime is its own wall clock.
ffmpeg_rate() { # ffmpeg_rate THREADS
    local out rtime frames
    out=$(ffmpeg -hide_banner -nostats -benchmark -threads "$1" -stream_loop $((rounds - 1)) \
        -i "$work/png/%d.png" -f null - 2>&1) || { echo "$out" >&2; return 1; }
    rtime=$(sed -n 's/.*rtime=\([0-9.]*\)s.*/\1/p' <<<"$out" | tail -1)
    frames=$(grep -o 'frame= *[0-9]*' <<<"$out" | tail -1 | tr -dc 0-9)
    if [ "$frames" != "$decodes" ]; then
        echo "geo_tiles.sh: ffmpeg decoded $frames frames, ours $decodes" >&2
        return 1
    fi
    awk -v n="$frames" -v s="$rtime" 'BEGIN { printf "%.0f", n / s }'
}
echo "decode: ffmpeg…" >&2
ffmpeg_one=$(ffmpeg_rate 1)
ffmpeg_all=$(ffmpeg_rate 0)

echo "fill: zoom 7 and 6, $runs runs…" >&2
fill7=$("$bench" fill --mbtiles "$mbtiles" --zoom 7 --runs "$runs")
fill6=$("$bench" fill --mbtiles "$mbtiles" --zoom 6 --runs "$runs")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

one=$(field "$decode" one_thread_per_s)
all=$(field "$decode" all_threads_per_s)
fill_row() { # fill_row LINE
    printf '| %s | %s of %s | **%s ms** | %s ms | %s× |' "$(field "$1" zoom)" "$(field "$1" decoded)" \
        "$(field "$1" visible)" "$(field "$1" ours_ms)" "$(field "$1" serial_ms)" \
        "$(ratio "$(field "$1" ours_ms)" "$(field "$1" serial_ms)")"
}
bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- modules tests/bench resources; then
    commit="$commit + uncommitted changes"
fi
ffmpeg_version=$(ffmpeg -version | head -1 | cut -d' ' -f3)
section=$(cat <<SECTION
<!-- geo-tiles:begin (written by tests/bench/geo_tiles.sh) -->
## Map tiles: decode rate and cold viewport fill

Data: the shipped basemap \`resources/basemap/vn_relief_z0-7.mbtiles\`, $(field "$decode" tiles) PNG tiles of 256×256
($(thousands "$(field "$decode" png_bytes)") bytes), each decoded ${rounds} times ($(thousands "$decodes") decodes).
**Ours**: \`QImage::loadFromData\` and the conversion to ARGB32_Premultiplied that \`TileLoader\` does on its
worker threads. **Reference**: ffmpeg ${ffmpeg_version} decoding the same PNG files to \`-f null\` (its own
\`-benchmark\` wall time, start-up included), and reading the same blobs from SQLite without decoding.

| | ours | ffmpeg | ours ÷ ffmpeg (rate) |
|---|---|---|---|
| one thread | **$(thousands "$one") tiles/s** ($(field "$decode" one_thread_ms_per_tile) ms a tile) | $(thousands "$ffmpeg_one") tiles/s | $(ratio "$one" "$ffmpeg_one")× |
| all cores (${threads} threads) | **$(thousands "$all") tiles/s** ($(thousands "$(field "$decode" per_core_per_s)") per core) | $(thousands "$ffmpeg_all") tiles/s (\`-threads 0\`) | $(ratio "$all" "$ffmpeg_all")× |

Reading the blobs alone (MbTilesSource::fetch, one thread): $(thousands "$(field "$decode" blob_reads_per_s)") tiles/s, so decoding is
what a tile costs.

Cold viewport fill at 1920×1080 centred on 16.0N 106.5E: a new \`TileLoader\` on a new \`MbTilesSource\`
(new connections, empty cache; the file is in the OS page cache), from the first request to the last visible
tile decoded or known missing; median of ${runs} runs. Reference: one thread fetching and decoding the same
tiles in the same order.

| zoom | tiles decoded of visible | ours (loader, ${threads} threads) | one thread in order | ours ÷ reference |
|---|---|---|---|---|
$(fill_row "$fill7")
$(fill_row "$fill6")

Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\`.
<!-- geo-tiles:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$rounds" != 50 ]; then
    echo "geo_tiles.sh: fewer passes than the benchmark's; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish geo-tiles "$section"
