#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: wall-clock time of the README's test command (.ci/run → scripts/test: configure, build,
# qmllint, ctest) in a fresh clone of HEAD placed beside this checkout, as CI runs it.
#   cold: an empty ccache;   warm: a second fresh clone with the ccache the cold run filled.
# Uses its own CCACHE_DIR, so the user's cache is neither used nor emptied. Writes the figures into
# docs/benchmarks.md (the section between the build-time markers) with the machine and the command.
#
# Usage: tests/bench/build_time.sh          (takes two full builds: about 15 minutes on 2 cores)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
parent=$(dirname "$repo")
work=$(mktemp -d "$parent/iocdesk-buildtime.XXXXXX")
trap 'rm -rf "$work"' EXIT
export CCACHE_DIR="$work/ccache"

declare -A seconds summary
for run in cold warm; do
    rm -rf "$work/clone"
    git clone -q "$repo" "$work/clone"
    start=$(date +%s.%N)
    if ! (cd "$work/clone" && CI=true bash .ci/run) > "$work/$run.log" 2>&1; then
        tail -30 "$work/$run.log" >&2
        echo "build_time: the $run run failed" >&2
        exit 1
    fi
    end=$(date +%s.%N)
    seconds[$run]=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')
    summary[$run]=$(grep -E "tests passed" "$work/$run.log" | tail -1)
    echo "$run: ${seconds[$run]} s — ${summary[$run]}"
done
hits=$(CCACHE_DIR="$work/ccache" ccache -s | grep -E "^\s*Hits:" | head -1 | sed 's/^ *//')
ratio=$(awk -v c="${seconds[cold]}" -v w="${seconds[warm]}" 'BEGIN { printf "%.1f", c / w }')

bench_machine_facts
section=$(cat <<SECTION
<!-- build-time:begin (written by tests/bench/build_time.sh) -->
## Build and test time of \`scripts/test\`

| run | wall-clock | ctest summary |
|---|---|---|
| cold (empty ccache, fresh clone) | ${seconds[cold]} s | ${summary[cold]} |
| warm (ccache filled by the cold run, fresh clone) | ${seconds[warm]} s | ${summary[warm]} |

Cold / warm: **${ratio}×**. ccache after the warm run: ${hits}.
Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version). Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`tests/bench/build_time.sh\` (each run is \`CI=true bash .ci/run\` in a fresh clone beside the
checkout; the Debian packages were already installed, so apt-get time is not included).
<!-- build-time:end -->
SECTION
)
bench_publish build-time "$section"
