# SPDX-License-Identifier: GPL-3.0-or-later
# What every benchmark script shares: reading the result lines of a benchmark program, describing the
# machine, and writing a section into docs/benchmarks.md. Sourced by tests/bench/*.sh (needs $repo).

# field LINE KEY: the value of KEY=value in a result line ("… key=value …").
field() { sed -n "s/.*[[:space:]]$2=\([^[:space:]]*\).*/\1/p" <<<"$1" | head -1; }
# thousands N: 1234567 -> 1,234,567
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }

# bench_machine_facts: sets cpu, memory and commit for the section's "Machine:" line.
bench_machine_facts() {
    cpu=$(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
    memory=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')
    commit=$(git -C "$repo" rev-parse --short HEAD)
}

# bench_publish NAME SECTION: replaces the text between "<!-- NAME:begin" and "<!-- NAME:end -->" in
# docs/benchmarks.md with SECTION (which carries both markers), or appends it when it is not there yet.
bench_publish() {
    local doc="$repo/docs/benchmarks.md"
    python3 - "$doc" "$1" "$2" <<'PY'
import re, sys
path, name, section = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"<!-- " + re.escape(name) + r":begin.*?<!-- " + re.escape(name) + r":end -->", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
    echo "written to $doc" >&2
}
