#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the KPI wall's frame time while figures arrive at 1 Hz and the map pans (issue 6). Each
# scene is a fresh ioc_bench_kpi_frames process: the demo province seeded into a temporary SQLite store,
# the program's services on it, the real screens in a 1920x1080 QQuickWindow under Xvfb with OpenGL
# (Mesa; llvmpipe where there is no GPU), the basic render loop, continuous redraw, 5 s measured after
# 1 s of warm-up. Scenes: (a) the KPI wall idle; (b) the wall while a changed IndicatorValue batch is
# written through Ingest every second; (c) the map screen panning; (d) the wall and the panning map
# side by side while figures arrive at 1 Hz. Rounds are interleaved; each scene's figures are from its
# median round. Writes the figures into docs/benchmarks.md (between the kpi-frames markers) with the
# machine, the renderer, the load, the commit, the date and the command.
#
# Usage: tests/bench/kpi_frames.sh [BUILD_DIR]   (default build/dev; publish figures from a Release build)
#   Builds nothing but the ioc_bench_kpi_frames target there. About 3 minutes with 3 rounds.
#   IOC_BENCH_ROUNDS=N (default 3). IOC_BENCH_QUICK=1: one round of 3 s per scene, printed;
#   docs/benchmarks.md is left alone.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
build=$(cd "${1:-$repo/build/dev}" && pwd)
command_line="tests/bench/kpi_frames.sh${1:+ $1}"
quick=${IOC_BENCH_QUICK:-0}
rounds=${IOC_BENCH_ROUNDS:-3}
seconds=5
warmup=1
if [ "$quick" = 1 ]; then rounds=1; seconds=3; fi

command -v xvfb-run >/dev/null || { echo "kpi_frames.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }
cmake --build "$build" --target ioc_bench_kpi_frames >/dev/null
bench="$build/tests/bench/ioc_bench_kpi_frames"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "kpi_frames.sh: $build is a ${build_type:-default} build; publish figures from a Release build" >&2
fi

# As geo_pan.sh: real OpenGL through Xvfb's GLX, the basic loop (GUI, sync and render on one thread, so
# a refresh on the GUI thread delays the frame it falls in), no idle delay between update requests.
unset QT_QUICK_BACKEND
export QT_QPA_PLATFORM=xcb QSG_RHI_BACKEND=opengl QSG_RENDER_LOOP=basic QT_QPA_UPDATE_IDLE_TIME=0
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

scenes=(wall wall-updates map-pan wall-map)
results=$(mktemp)
trap 'rm -f "$results"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((round = 1; round <= rounds; ++round)); do
    for scene in "${scenes[@]}"; do
        echo "kpi_frames.sh: round $round/$rounds: $scene" >&2
        line=$(xvfb-run -a -s "-screen 0 1920x1080x24" "$bench" "$scene" "$seconds" "$warmup" | grep '^result')
        echo "round=$round $line" >>"$results"
        [ "$quick" = 1 ] && echo "$line" >&2
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- modules qml tests/bench; then
    commit="$commit + uncommitted changes"
fi
qt=$(qtpaths6 --qt-version 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || echo "6 (version unknown)")

section=$(python3 - "$results" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split() if "=" in kv) for line in open(sys.argv[1])]
order, by_scene = [], {}
for r in rows:
    if r["scene"] not in by_scene:
        order.append(r["scene"])
    by_scene.setdefault(r["scene"], []).append(r)
def median_round(runs):
    runs = sorted(runs, key=lambda r: float(r["frame_mean"]))
    return runs[(len(runs) - 1) // 2]
best = {k: median_round(v) for k, v in by_scene.items()}
ref = best["wall"]
names = {"wall": "(a) KPI wall, idle", "wall-updates": "(b) KPI wall, figures at 1 Hz",
         "map-pan": "(c) map screen panning", "wall-map": "(d) KPI wall + panning map side by side, figures at 1 Hz"}
def shown(c):
    n = dict((x.rstrip("0123456789"), x[len(x.rstrip("0123456789")):]) for x in c.split(","))
    return f'{n["red"]} red, {n["orange"]} orange, {n["green"]} green, {n["grey"]} grey; {n["stale"]} stale'
f = lambda r, k, d=1: f'{float(r[k]):.{d}f}'
out = ["| scene | frames | frame mean (min–max of the rounds) | frame p95 | frame max | mean ÷ (a) | p95 ÷ (a) | "
       "GUI (events, timers, bindings) | sync | render | swap | frames with a refresh: mean / max | "
       "KPI refresh via the feed: n, mean / max | map refresh via the feed: n, mean / max | Ingest write (1 Hz batch) mean | "
       "wall at the end (tiles by colour; stale) |",
       "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
for key in order:
    r = best[key]
    spread = sorted(float(x["frame_mean"]) for x in by_scene[key])
    upd = key in ("wall-updates", "wall-map")
    rf = f'{f(r,"refresh_frame_mean")} / {f(r,"refresh_frame_max")} ms ({r["refresh_frames"]})' if int(r["refresh_frames"]) else "—"
    kr = f'{r["kpi_refreshes"]}, {f(r,"kpi_refresh_mean")} / {f(r,"kpi_refresh_max")} ms' if int(r["kpi_refreshes"]) else ("0" if upd else "—")
    mr = f'{r["map_refreshes"]}, {f(r,"map_refresh_mean")} / {f(r,"map_refresh_max")} ms' if int(r["map_refreshes"]) else ("0" if upd else "—")
    wr = f'{f(r,"write_mean")} ms ({r["writes"]})' if int(r["writes"]) else "—"
    out.append(f'| {names[key]} | {r["frames"]} | **{float(r["frame_mean"]):.1f} ms** ({spread[0]:.1f}–{spread[-1]:.1f}) | '
               f'{f(r,"frame_p95")} ms | {f(r,"frame_max")} ms | {float(r["frame_mean"]) / float(ref["frame_mean"]):.2f}× | '
               f'{float(r["frame_p95"]) / float(ref["frame_p95"]):.2f}× | {f(r,"gui_mean",2)} ms | {f(r,"sync_mean",2)} ms | '
               f'{f(r,"render_mean",2)} ms | {f(r,"swap_mean")} ms | {rf} | {kr} | {mr} | {wr} | {shown(r["colours_end"])} |')
print("\n".join(out))
print()
allr = [x for v in by_scene.values() for x in v]
direct = [float(x["direct_refresh_mean"]) for x in allr]
dmax = max(float(x["direct_refresh_max"]) for x in allr)
print(f'DIRECT {statistics.mean(direct):.1f} ms mean, {dmax:.1f} ms max')
print(f'CASES {statistics.mean(float(x["case_indicators_mean"]) for x in allr):.1f}')
print(f'FIRST {statistics.mean(float(x["first_refresh_ms"]) for x in allr):.1f}')
print(f'TILES {ref["tiles"]}')
print(f'VALUES {best.get("wall-updates", ref)["values_per_write"]}')
wu = [x for k in ("wall-updates", "wall-map") for x in by_scene.get(k, [])]
print(f'STARVED {sum(int(x["writes_total"]) for x in wu)} {sum(int(x["kpi_refreshes_total"]) for x in wu)}')
print("RENDERER " + ref["renderer"].replace("_", " "))
PY
)
table=$(sed -n '/^|/p' <<<"$section")
direct=$(sed -n 's/^DIRECT //p' <<<"$section")
first=$(sed -n 's/^FIRST //p' <<<"$section")
cases=$(sed -n 's/^CASES //p' <<<"$section")
tiles=$(sed -n 's/^TILES //p' <<<"$section")
values=$(sed -n 's/^VALUES //p' <<<"$section")
read -r writes_total refreshes_total <<<"$(sed -n 's/^STARVED //p' <<<"$section")"
renderer=$(sed -n 's/^RENDERER //p' <<<"$section")

section=$(cat <<SECTION
<!-- kpi-frames:begin (written by tests/bench/kpi_frames.sh) -->
## KPI wall: frame time while figures arrive at 1 Hz and the map pans

Each scene is a fresh process: the demo province (\`DemoProvince::seed(20261122, 2026-11-22 09:30)\`)
written through \`Ingest\` into a temporary SQLite store, the program's services on it as \`app/main.cpp\`
builds them (\`KpiDashboard\`, \`MapController\` and the other QML singletons), and the real screens of
\`Ioc.Ui\` in a 1920×1080 \`QQuickWindow\` under Xvfb with OpenGL (renderer: **${renderer}**), Qt's basic
render loop (GUI, sync and render one after the other on one thread: whatever the GUI thread does
delays the frame it falls in), \`QT_QPA_UPDATE_IDLE_TIME=0\`, continuous redraw (each \`frameSwapped\`
asks for the next frame, as in geo-pan); ${seconds} s measured after ${warmup} s of warm-up. The wall shows
${tiles} tiles (every catalogue indicator for the province). **Figures at 1 Hz**: a \`PreciseTimer\` on the GUI
thread writes, every second, one batch of ${values} \`IndicatorValue\`s (the latest figure of every indicator and
area of the seed, its actual scaled by 0.8–1.2 so that tiles change colour and order) through \`Ingest\` with the
\`ChangeFeed\`; \`KpiDashboard\` and \`MapController\` follow the feed through their own debounce timers
(1,000 ms and 300 ms). **Map panning**: the \`MapView\` of \`MapScreen\` (relief tiles, land, rivers, provinces,
wards coloured from \`MapData\`, six clustered marker layers fed from \`MapController\`) moves 4 px a frame along
a circle of 200 px radius. Scene (d) is the one that answers the issue's "dashboard frame time while values
update at 1 Hz and the map pans": the wall (left half) and the map screen (right half) in one window, so every
frame pays for both and the refreshes land in the frames of the panning map. (The indicator detail was not
chosen: its figures come from \`Kpi.detail()\` once when it opens and do not follow the 1 Hz updates.)
${rounds} interleaved rounds; each scene's figures are from its round with the median frame mean.
Frame = interval between consecutive \`frameSwapped\`; GUI = previous \`frameSwapped\` → \`beforeSynchronizing\`;
sync, render and swap as in geo-pan. *KPI refresh via the feed*: the time of each timer event during which
\`KpiDashboard::refreshed\` was emitted (timed in \`QApplication::notify\`: \`refresh()\` reading the store and
judging, plus the QML bindings it sets off synchronously), the same for \`MapController::refresh\`.
*Frames with a refresh*: the frames during which one of those ran. Direct \`KpiDashboard::refresh()\` calls
after the measurement, with the screens still bound and the figures unchanged: **${direct}**, of which
${cases} ms is \`CaseIndicators::compute\` counting the cases for 13 months (the first refresh, before any
QML: ${first} ms). Over the rounds of (b) and (d) the feed wrote ${writes_total} batches and \`KpiDashboard\` refreshed
${refreshes_total} times.

${table}

How to read it. **The refreshes run on the GUI thread and block the frame they fall in**: with the basic loop a
frame during which \`KpiDashboard\` or \`MapController\` refreshed takes the refresh's time on top of the
frame (the *frames with a refresh* and *frame max* columns); the p95 hides them (a handful of frames out of
100–170). In a \`KpiDashboard\` refresh through the feed, \`refresh()\` itself is about the direct figure above
(most of it \`CaseIndicators::compute\` recounting the cases, although only indicator figures changed) and
the rest is QML reacting synchronously to the changed tiles (model rows changed and moved, sparklines
rebuilt). \`MapController\` re-reads the whole map after every batch, although indicator figures are not on
the map (it does not look at what the \`ChangeSet\` touches). With a batch exactly every second and a 1 s
debounce that starts at the first change of a burst and is not restarted (since commit 16e8398; before, every
change restarted it and the wall refreshed only when the coarse timer's slack let it: 10 refreshes for 36
batches, and never under a feed slightly faster than 1 Hz), the wall refreshes about every 2 s, each
refresh taking every batch written since. Scene (b) draws a different picture from (a) — the figures
changed, see the last column — and its frames come out cheaper in swap, that is llvmpipe rasterising
fewer pixels; the means of (a) and (b) compare two pictures, not the cost of the updates. **llvmpipe is a
CPU rasteriser** on the 2 shared cores: swap (rasterising 1920×1080) is most of every frame, as in geo-pan;
on a GPU the frames would be far shorter and the refreshes (CPU work on the GUI thread, the same there)
a larger share of them.

Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), Qt ${qt}, shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\` (the build folder configured with \`-G Ninja -DCMAKE_BUILD_TYPE=${build_type:-} -DIOC_BUILD_TESTS=ON\`).
<!-- kpi-frames:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$quick" = 1 ]; then
    echo "kpi_frames.sh: quick run; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish kpi-frames "$section"
