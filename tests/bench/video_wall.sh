#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the camera wall's decoding cost (modules/video/streamsession.h).
#   Walls of 1, 4, 9 and 16 StreamSessions playing a 720p H.264 clip (made here from vtest with ffmpeg:
#   1280x720, 10 fps, High profile, GOP 20), and of 9 and 16 playing its 640x360 sub-stream; each session
#   decodes on its own (FFmpeg backend, software decoding; pictures delivered to the session, none drawn).
#   Per wall: pictures delivered per tile per second (source: 10), the process's CPU (getrusage, every
#   thread) and its peak resident memory.
#   Reference, same run: N `ffmpeg -re -stream_loop -1 -i CLIP -t S -f null -` decoding the same clip
#   concurrently for the same time (their CPU summed: /usr/bin/time on their shell) — the decode floor.
#   Then 100 stops and starts of one session on the 720p clip: resident memory after 10 and after 100.
# Writes the figures into docs/benchmarks.md (between the video-wall markers) with the machine, the commit
# and the command.
#
# Usage: tests/bench/video_wall.sh [BUILD_DIR]   (default build/bench, configured here as a Release build
#   when it does not exist). Builds nothing but ioc_bench_video_wall there. About 5 minutes.
#   IOC_BENCH_QUICK=1: 5 s per wall, printed only; docs/benchmarks.md is left alone.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
build_arg=${1:-$repo/build/bench}
if [ ! -f "$build_arg/CMakeCache.txt" ]; then
    echo "video_wall.sh: configuring $build_arg (Release, tests on)" >&2
    cmake -S "$repo" -B "$build_arg" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIOC_BUILD_TESTS=ON >/dev/null
fi
build=$(cd "$build_arg" && pwd)
command_line="tests/bench/video_wall.sh${1:+ $1}"
quick=${IOC_BENCH_QUICK:-0}
if [ "$quick" = 1 ]; then seconds=5; else seconds=20; fi

cmake --build "$build" --target ioc_bench_video_wall >/dev/null
bench="$build/tests/bench/ioc_bench_video_wall"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "video_wall.sh: $build is a ${build_type:-default} build; publish figures from a Release build" >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/iocdesk-bench-video.XXXXXX")
trap 'rm -rf "$work"' EXIT
source_clip="$repo/resources/video/vtest_h264.mp4"
ffmpeg -v error -y -i "$source_clip" -t 30 -an -vf scale=1280:720 -c:v libx264 -profile:v high -preset veryfast \
    -g 20 -pix_fmt yuv420p "$work/main720.mp4"
ffmpeg -v error -y -i "$source_clip" -t 30 -an -vf scale=640:360 -c:v libx264 -profile:v baseline -preset veryfast \
    -g 20 -pix_fmt yuv420p "$work/sub360.mp4"

export QT_QPA_PLATFORM=offscreen QT_MEDIA_BACKEND=ffmpeg QT_LOGGING_RULES="*.debug=false"
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN { printf "%.*f", d, v }'; }
# reference CLIP N: CPU % of one core of N ffmpeg decoding CLIP at its own rate for $seconds s.
reference() {
    local times
    times=$( { /usr/bin/time -f "%U %S %e" bash -c '
        for _ in $(seq "$2"); do ffmpeg -nostdin -v error -re -stream_loop -1 -i "$1" -t "$3" -f null - & done; wait' \
        _ "$1" "$2" "$seconds" ; } 2>&1 >/dev/null | tail -1)
    awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.1f", 100 * (a[1] + a[2]) / a[3] }'
}

# decode_ms CLIP: CPU ms per picture of one ffmpeg decoding CLIP flat out on one thread (the pure decode cost).
decode_ms() {
    local frames times
    frames=$(ffprobe -v error -select_streams v:0 -count_packets -show_entries stream=nb_read_packets -of csv=p=0 "$1")
    times=$( { /usr/bin/time -f "%U %S" ffmpeg -nostdin -v error -threads 1 -i "$1" -f null - ; } 2>&1 | tail -1)
    awk -v t="$times" -v n="$frames" 'BEGIN { split(t, a, " "); printf "%.3f", 1000 * (a[1] + a[2]) / n }'
}
declare -A per_picture
per_picture[main720]=$(decode_ms "$work/main720.mp4")
per_picture[sub360]=$(decode_ms "$work/sub360.mp4")
echo "decode cost: 720p ${per_picture[main720]} ms, 360p ${per_picture[sub360]} ms a picture" >&2

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=""
verdicts=()
for spec in "main720 1" "main720 4" "main720 9" "main720 16" "sub360 9" "sub360 16"; do
    read -r clip tiles <<<"$spec"
    out=$("$bench" wall "$work/$clip.mp4" "$tiles" "$seconds" 2>/dev/null | grep '^wall ')
    echo "$out" >&2
    concurrent=$(reference "$work/$clip.mp4" "$tiles")
    cpu=$(field "$out" cpu_percent)
    # The floor: N tiles × 10 pictures/s × the pure decode cost of one picture.
    floor=$(awk -v n="$tiles" -v ms="${per_picture[$clip]}" 'BEGIN { printf "%.1f", n * 10 * ms / 10 }')
    ratio=$(awk -v a="$cpu" -v b="$floor" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    ratio_concurrent=$(awk -v a="$cpu" -v b="$concurrent" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "reference tiles=$tiles floor=$floor ratio=$ratio concurrent=$concurrent ratio_concurrent=$ratio_concurrent" >&2
    rows+="| $tiles × $(field "$out" frame) | $(fmt "$(field "$out" fps_min)" 2) / $(fmt "$(field "$out" fps_mean)" 2) | **$(fmt "$cpu") %** | $floor % | **${ratio}×** | $concurrent % (${ratio_concurrent}×) | $(fmt "$(field "$out" rss_mb) " 0) MB |"$'\n'
    verdicts+=("$ratio $(field "$out" fps_min)")
done
recon=$("$bench" reconnect "$work/main720.mp4" 100 2>/dev/null | grep '^reconnect ')
echo "$recon" >&2
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

worst_ratio=$(printf '%s\n' "${verdicts[@]}" | awk '{ if ($1 > m) m = $1 } END { printf "%.2f", m }')
worst_fps=$(printf '%s\n' "${verdicts[@]}" | awk 'BEGIN { m = 1e9 } { if ($2 < m) m = $2 } END { printf "%.2f", m }')
cpu_verdict=$(awk -v r="$worst_ratio" 'BEGIN { print (r <= 1.25 ? "met" : "not met") }')
fps_verdict=$(awk -v f="$worst_fps" 'BEGIN { print (f >= 9.5 ? "met" : "not met") }')
growth=$(field "$recon" growth_mb)
memory_verdict=$(awk -v g="$growth" 'BEGIN { print (g <= 5 ? "met" : "not met") }')

bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- modules/video tests/bench; then
    commit="$commit + uncommitted changes"
fi
section=$(cat <<SECTION
<!-- video-wall:begin (written by tests/bench/video_wall.sh) -->
## Camera wall: decoding N streams

N \`StreamSession\`s (modules/video: one QMediaPlayer each, Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6) FFmpeg backend, software decoding,
each player on its own thread) play a clip made from vtest by the script (H.264, 10 fps, GOP 20, looped), for
${seconds} s once all are live; pictures are delivered to the sessions (and would be to the tiles' sinks), none drawn.
CPU: the process's user + system time (\`getrusage\`, all threads) in % of one core; memory: peak resident.
**Floor**, same run: the pure decode cost — one \`ffmpeg -threads 1 -i CLIP -f null -\` decoding the clip flat out
(720p: ${per_picture[main720]} ms, 360p: ${per_picture[sub360]} ms CPU a picture; FFmpeg $(ffmpeg -version | head -1 | cut -d' ' -f3)) × 10 pictures/s × N.
Also, as the issue asks: N \`ffmpeg -re -stream_loop -1 -i CLIP -t ${seconds} -f null -\` decoding the same clip concurrently for the
same time (CPU summed, process start and probing included, so a looser reference than the floor).

| wall (tiles × picture) | pictures/s per tile, min / mean (source 10) | CPU of the wall | floor | ratio to floor | N concurrent ffmpeg -re (ratio) | memory |
|---|---|---|---|---|---|---|
${rows}
Goals (issue 5): total CPU within 1.25× of the floor: **${cpu_verdict}** (worst ratio ${worst_ratio}×); every tile at its
source rate: **${fps_verdict}** (slowest tile $(fmt "$worst_fps" 2) pictures/s).
**100 reconnects** (stop, start, first picture; the 720p clip from a file): resident memory $(field "$recon" rss_warm_mb) MB after 10,
$(field "$recon" rss_end_mb) MB after 100: growth $(field "$recon" growth_mb) MB (goal ≤ 5 MB: **${memory_verdict}**); $(field "$recon" mean_ms) ms a round.
RTSP latency: its own section (tests/bench/video_latency.sh). The FFmpeg backend of Qt 6.4 takes about 3 s to its first
picture of the 10 fps clip over RTSP, 1.3 s of the 25 fps clock stream (stream probing; \`ffmpeg -i rtsp://…\` with the same
defaults takes as long).
Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\` (the build folder configured with \`-G Ninja -DCMAKE_BUILD_TYPE=${build_type:-} -DIOC_BUILD_TESTS=ON\`).
<!-- video-wall:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$quick" = 1 ]; then
    echo "video_wall.sh: quick run; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish video-wall "$section"
