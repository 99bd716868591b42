#!/usr/bin/env bash
# The floor for P1 on this machine: the same load generator, pinned the same way as benchmarks/run.sh,
# against FloorSigner (one thread, an NIO selector, BLS inline, nothing checked) instead of the signer.
# Its e2e_vs_raw_bls is the most any HTTP signer can reach on this machine with this load generator;
# docs/benchmarks.md ("The floor") compares the signer with it.
#
#   benchmarks/floor.sh             no durability: HTTP over loopback + BLS only
#   benchmarks/floor.sh --durable   each selector round's requests appended to a file and forced once
#
# Environment as run.sh: KEYS, CLIENTS, DURATION, WARMUP, BURST, BURSTS, SKIP_BUILD.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
durable=
case "${1:-}" in
    --durable) durable=yes ;;
    "") ;;
    *) echo "unknown option $1 (try --durable)" >&2; exit 2 ;;
esac
keys=${KEYS:-1000} clients=${CLIENTS:-64} duration=${DURATION:-30} burst=${BURST:-1000} bursts=${BURSTS:-5} warmup=${WARMUP:-40}

source benchmarks/common.sh
benchmark_setup floor

"$java_cmd" --enable-native-access=ALL-UNNAMED -cp "$classpath" io.containment.benchmarks.load.BenchmarkKeys "$keys" "$work/keys"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
durable_args=()
if [ -n "$durable" ]; then durable_args=(--durable "$work/journal"); fi
echo "== starting the floor signer (${pin_signer[*]:-unpinned}) with $keys keys${durable:+, durable}"
"${pin_signer[@]}" "$java_cmd" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -cp "$classpath" \
    io.containment.benchmarks.load.FloorSigner --port "$port" --pubkeys "$work/keys/pubkeys.txt" "${durable_args[@]}" \
    > "$work/floor.log" 2>&1 &
signer_pid=$!
await_upcheck "$port" "$work/floor.log"
echo "== load: $clients clients for ${duration}s, then $bursts bursts of $burst (${pin_load[*]:-unpinned})"
"${pin_load[@]}" "$java_cmd" --enable-native-access=ALL-UNNAMED -cp "$classpath" io.containment.benchmarks.load.LoadGenerator \
    --url "http://127.0.0.1:$port" --pubkeys "$work/keys/pubkeys.txt" --signer-pid "$signer_pid" \
    --clients "$clients" --duration "$duration" --burst "$burst" --bursts "$bursts" --raw-signatures 4000 --warmup "$warmup" "${raw_cpu[@]}"
echo "signer_rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$signer_pid/status)"
