#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: SOP runs in the journal (modules/sop, modules/store/journal.h).
#   Append: 5,000 SOP-shaped entries appended one by one through Journal::append on a SQLite file (each its
#   own transaction, SHA-256 hash-chained to the previous entry) → entries/s.
#   Replay: one run of 1,000 entries among them, read by subject and rebuilt by SopRunReplay (what
#   SopService does before every action and after a restart) → median / p90 of 15 rounds.
# Writes the figures into docs/benchmarks.md (between the sop-journal markers) with the machine, the commit
# and the command.
#
# Usage: tests/bench/sop_journal.sh [BUILD_DIR]   (default build/bench, configured here as a Release build
#   when it does not exist). Builds only ioc_bench_sop_journal there. A few seconds.
#   IOC_BENCH_QUICK=1: 1,000 appends, printed only; docs/benchmarks.md is left alone.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
build_arg=${1:-$repo/build/bench}
if [ ! -f "$build_arg/CMakeCache.txt" ]; then
    echo "sop_journal.sh: configuring $build_arg (Release, tests on)" >&2
    cmake -S "$repo" -B "$build_arg" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIOC_BUILD_TESTS=ON >/dev/null
fi
build=$(cd "$build_arg" && pwd)
command_line="tests/bench/sop_journal.sh${1:+ $1}"
quick=${IOC_BENCH_QUICK:-0}
if [ "$quick" = 1 ]; then appends=1000; else appends=5000; fi
run_entries=1000
rounds=15

cmake --build "$build" --target ioc_bench_sop_journal >/dev/null
bench="$build/tests/bench/ioc_bench_sop_journal"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
if [ "$build_type" != Release ]; then
    echo "sop_journal.sh: $build is a ${build_type:-default} build; publish figures from a Release build" >&2
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# The SQLite file lives in TMPDIR (QTemporaryDir): say which file system it is on.
tmp_fs=$(df -T "${TMPDIR:-/tmp}" | awk 'NR == 2 { print $2 }')
out=$("$bench" "$appends" "$run_entries" "$rounds")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
printf '%s\n' "$out" >&2

line() { grep "^$1 " <<<"$out"; }
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN { printf "%.*f", d, v }'; }
append=$(line append); replay=$(line replay)

bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- modules/sop modules/store tests/bench; then
    commit="$commit + uncommitted changes"
fi
section=$(cat <<SECTION
<!-- sop-journal:begin (written by tests/bench/sop_journal.sh) -->
## SOP runs in the journal

Every change of an SOP run is a journal entry (\`Journal::append\`: one transaction, SHA-256 over the canonical
encoding chained to the previous entry's hash), and a run's state is rebuilt from its entries
(\`Journal::find\` by subject, then \`SopRunReplay::replay\`) before every action and after a restart.
SQLite file on ${tmp_fs} (WAL, synchronous=NORMAL, as the store configures it).

| what | figure |
|---|---|
| append, $(thousands "$(field "$append" entries)") entries one by one | **$(thousands "$(fmt "$(field "$append" entries_per_s)" 0)") entries/s** ($(fmt "$(field "$append" us_per_entry)" 0) µs each) |
| replay of a run of $(thousands "$(field "$replay" entries)") entries (in a journal of $(thousands "$(field "$replay" journal_entries)")), median / p90 of ${rounds} | **$(fmt "$(field "$replay" median_ms)" 2) ms** / $(fmt "$(field "$replay" p90_ms)" 2) ms |
| of which reading the entries (\`Journal::find\`, median) | $(fmt "$(field "$replay" find_median_ms)" 2) ms |

A real run has 10 to 40 entries; 1,000 is a run with hundreds of delivery reports. The journal verified intact afterwards.
Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\` (the build folder configured with \`-G Ninja -DCMAKE_BUILD_TYPE=${build_type:-} -DIOC_BUILD_TESTS=ON\`).
<!-- sop-journal:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$quick" = 1 ]; then
    echo "sop_journal.sh: quick run; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish sop-journal "$section"
