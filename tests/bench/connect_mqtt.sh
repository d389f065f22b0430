#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: MQTT messages per second through the mqtt connector plugin (plugins/mqtt), with no loss.
#   A throw-away Mosquitto on 127.0.0.1 (scripts/test-servers/mosquitto); ioc_bench_connect_mqtt loads the
#   built plugin as the host does and publishes N JSON messages at QoS 1 with a libmosquitto publisher;
#   it counts the observations the connector delivers (distinct ones too) and times until it has all N.
#   Reference, same run and broker: a raw libmosquitto subscriber that only counts messages.
#   Two ways each: "live" (subscribed while the messages are published, timed from the first publish) and
#   "drain" (N messages queued by the broker for the persistent session while the subscriber was away,
#   timed from its reconnect: the publisher's speed is out of that figure).
# Writes the figures into docs/benchmarks.md (the section between the connect-mqtt markers) with the
# machine, the commit and the command.
#
# Usage: tests/bench/connect_mqtt.sh [MESSAGES]   (default 100000)
#   Configures (once) and builds a Release build in build/bench: ioc_bench_connect_mqtt and the plugin only.
#   About a minute on 2 cores once built. MESSAGES other than 100000: printed, docs/benchmarks.md left alone.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/bench/lib.sh"
messages=${1:-100000}
rounds=3
command_line="tests/bench/connect_mqtt.sh${1:+ $1}"
build="$repo/build/bench"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIOC_BUILD_TESTS=ON >/dev/null
fi
cmake --build "$build" --target ioc_bench_connect_mqtt iocconnector_mqtt >/dev/null
bench="$build/tests/bench/ioc_bench_connect_mqtt"
plugin="$build/plugins/iocdesk/connectors/libiocconnector_mqtt.so"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")

work=$(mktemp -d "${TMPDIR:-/tmp}/iocdesk-bench-mqtt.XXXXXX")
cleanup() {
    "$repo/scripts/test-servers/mosquitto" stop "$work/broker" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$repo/scripts/test-servers/mosquitto" start "$work/broker" "$port" >&2
broker_version=$(mosquitto -h 2>/dev/null | sed -n 's/^mosquitto version \([^ ]*\).*/\1/p' | head -1 || true)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
out=$(QT_LOGGING_RULES="ioc.connector.*.info=false" "$bench" "$plugin" "$port" "$messages" "$rounds")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
printf '%s\n' "$out" >&2

# median SUBJECT MODE KEY: the median of KEY over the rounds.
median() {
    grep "^$1 mode=$2 " <<<"$out" | while read -r row; do field "$row" "$3"; done | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
# every SUBJECT MODE KEY VALUE: "yes" when every round has KEY=VALUE.
every() {
    local rows; rows=$(grep "^$1 mode=$2 " <<<"$out")
    [ "$(grep -c " $3=$4 " <<<"$rows")" = "$(wc -l <<<"$rows")" ] && echo yes || echo no
}
lossless() { # lossless MODE: every round delivered exactly N observations, N distinct, none quarantined
    local rows; rows=$(grep "^connector mode=$1 " <<<"$out")
    local bad; bad=$(awk -v n="$messages" '{ for (i = 1; i <= NF; ++i) { split($i, kv, "="); f[kv[1]] = kv[2] }
        if (f["messages"] != n || f["distinct"] != n || f["quarantined"] != 0 || f["complete"] != "yes") print }' <<<"$rows")
    [ -z "$bad" ] && echo "yes: $(thousands "$messages") observations, $(thousands "$messages") distinct, none quarantined, every round" || echo "**NO**: $bad"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

live_c=$(median connector live per_second); live_r=$(median raw live per_second)
drain_c=$(median connector drain per_second); drain_r=$(median raw drain per_second)
live_pub=$(median raw live publish_seconds)

bench_machine_facts
if ! git -C "$repo" diff --quiet HEAD -- plugins/mqtt tests/bench modules/connect; then
    commit="$commit + uncommitted changes"
fi
section=$(cat <<SECTION
<!-- connect-mqtt:begin (written by tests/bench/connect_mqtt.sh) -->
## Connectors: MQTT messages per second through the mqtt connector

$(thousands "$messages") JSON messages (\`{"rain":12.5,"t":<epoch ms>}\` on \`…/S-<n>/reading\`, 50 gauges) published at QoS 1 by a
libmosquitto publisher to Mosquitto ${broker_version:-?} on 127.0.0.1 (default broker limits but no queue cap), median of
${rounds} rounds. **Connector**: the mqtt plugin loaded from its file, libmosquitto $(field "$(grep '^libmosquitto' <<<"$out")" version)
network thread mapping each message (JSON Pointers, epoch-ms time) into an observation, batches of ≤ 1,000 handed to a
\`deliver()\` that counts them (no store). **Reference**: a raw libmosquitto subscriber on the same broker that only
counts messages.

| mode | connector | raw subscriber (reference) | connector ÷ reference |
|---|---|---|---|
| live: subscribed while published, from the first publish to the last delivery | **$(thousands "$live_c") msg/s** | $(thousands "$live_r") msg/s | $(ratio "$live_c" "$live_r") |
| drain: queued by the broker while away, from reconnect to the last delivery | **$(thousands "$drain_c") msg/s** | $(thousands "$drain_r") msg/s | $(ratio "$drain_c" "$drain_r") |

No loss, live: $(lossless live). No loss, drain: $(lossless drain).
Live figures cannot exceed the publisher's rate (publishing took $(awk -v s="$live_pub" 'BEGIN { printf "%.2f", s }') s for $(thousands "$messages") messages in the
reference run; the publisher keeps up to 1,000 messages unacknowledged): they say how far behind a full-speed QoS 1
publisher each subscriber stays. The drain figures measure the subscriber side alone (the broker sends 20
unacknowledged QoS 1 messages at a time, its default): there the connector's cost per message shows (JSON parsing,
JSON Pointers, the observation and its batch; one network thread).
Machine: $(nproc) cores (${cpu}), ${memory} RAM, Debian $(cat /etc/debian_version), shared (load average
${load_before} before the run, ${load_after} after). ${build_type:-default} build. Commit ${commit}, $(date -u +%Y-%m-%d).
Command: \`${command_line}\` (build/bench configured with \`-G Ninja -DCMAKE_BUILD_TYPE=Release -DIOC_BUILD_TESTS=ON\`).
<!-- connect-mqtt:end -->
SECTION
)
printf '%s\n' "$section"
if [ "$messages" != 100000 ]; then
    echo "connect_mqtt.sh: $messages messages, not the published size; docs/benchmarks.md left alone" >&2
    exit 0
fi
bench_publish connect-mqtt "$section"
