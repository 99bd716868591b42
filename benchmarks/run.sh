#!/usr/bin/env bash
# One command for every figure in docs/benchmarks.md.
#
#   benchmarks/run.sh            full run: 1,000 keys, 64 clients for 40 s warm-up + 30 s measured, five 1,000-request bursts, then JMH
#   benchmarks/run.sh --smoke    a few seconds: 16 keys, 4 clients for 3 s, two 50-request bursts, no JMH
#   benchmarks/run.sh --no-jmh   the HTTP part only
#   benchmarks/run.sh --jmh-only the JMH part only
#
# Builds what it needs, unzips the distribution into a temporary folder, starts the signer pinned to
# CPU 1 (taskset) with durable SQLite slashing protection, drives it from CPU 0 with the load
# generator (its own process), and prints the figures; the load generator's last line is
# e2e_vs_raw_bls=<ratio>. The first burst opens its connections (burst_first_*); burst_* are the
# medians of the later ones, which find them open as a validator client's every later slot does. Auth is on (root token via `operator generate-root-token`, a policy and a
# client token via `operator policy|token create`). Environment: KEYS, CLIENTS, DURATION, BURST, BURSTS
# WARMUP (seconds of load before measuring) override the defaults; JAVA_OPTS reaches the signer (e.g. -XX:StartFlightRecording=...);
# JMH_ARGS reaches JMH (e.g. a benchmark regex); KEEP_SIGNER_LOG=file keeps the signer's log.
# JMH's SlashingStoreBenchmark needs the local PostgreSQL for store=postgres and starts dynalite itself
# (testing/ harness: node and npm on the PATH) for store=dynamodb.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mode=full
for arg in "$@"; do
    case "$arg" in
        --smoke) mode=smoke ;;
        --no-jmh) mode=http ;;
        --jmh-only) mode=jmh ;;
        *) echo "unknown option $arg (try --smoke, --no-jmh, --jmh-only)" >&2; exit 2 ;;
    esac
done
if [ "$mode" = smoke ]; then
    keys=${KEYS:-16} clients=${CLIENTS:-4} duration=${DURATION:-3} burst=${BURST:-50} bursts=${BURSTS:-2} raw=200 warmup=${WARMUP:-0}
else
    keys=${KEYS:-1000} clients=${CLIENTS:-64} duration=${DURATION:-30} burst=${BURST:-1000} bursts=${BURSTS:-5} raw=4000 warmup=${WARMUP:-40}
fi

source benchmarks/common.sh
benchmark_setup benchmark   # SKIP_BUILD=1 reuses the last build (repeated runs)

if [ "$mode" != jmh ]; then
    version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
    unzip -q "distribution/target/containment-chamber-$version.zip" -d "$work"
    home="$work/containment-chamber-$version"
    "$java_cmd" --enable-native-access=ALL-UNNAMED -cp "$classpath" io.containment.benchmarks.load.BenchmarkKeys "$keys" "$work/keys"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat > "$work/config.yaml" <<YAML
server: { listen_address: 127.0.0.1, listen_port: $port }
data_dir: $work/data
network: mainnet
key_sources:
  filesystem: { paths: [$work/keys] }
anti_slashing: { backend: sqlite }
metrics: { listen_port: 0 }
YAML
    export JAVA_HOME=$(dirname "$(dirname "$java_cmd")")
    # Auth on: a root token written straight into the auth store (no signer needed), then, against
    # the running signer, a policy allowing ATTESTATION signing with every key and a client token
    # bound to it; the load generator sends that client token on every request.
    JAVA_OPTS= "$home/bin/containment-chamber" operator generate-root-token -c "$work/config.yaml" --name benchmark-root \
        > "$work/root-token.log" 2> "$work/root-token.err" || { cat "$work/root-token.log" "$work/root-token.err"; exit 1; }
    tail -n 1 "$work/root-token.log" > "$work/root-token"   # the token is stdout's last line (log lines come first)
    echo "== starting the signer (${pin_signer[*]:-unpinned}) with $keys keys, auth on, JAVA_OPTS=${JAVA_OPTS:-}"
    "${pin_signer[@]}" "$home/bin/containment-chamber" server -c "$work/config.yaml" > "$work/signer.log" 2>&1 &
    signer_pid=$!
    await_upcheck "$port" "$work/signer.log"
    cat > "$work/policy.json" <<'JSON'
{"name": "benchmark", "rules": [{"effect": "allow", "scopes": ["sign"], "keys": ["*"], "operations": ["ATTESTATION"]}]}
JSON
    JAVA_OPTS= CONTAINMENT_TOKEN=$(cat "$work/root-token") "$home/bin/containment-chamber" operator policy create \
        --file "$work/policy.json" --url "http://127.0.0.1:$port" > "$work/policy.out"
    client_token=$(JAVA_OPTS= CONTAINMENT_TOKEN=$(cat "$work/root-token") "$home/bin/containment-chamber" operator token create \
        --name benchmark-client --policy benchmark --url "http://127.0.0.1:$port" \
        | python3 -c 'import json, re, sys; print(json.loads(re.search(r"\{.*\}", sys.stdin.read(), re.S).group(0))["token"])')
    test -n "$client_token" || { echo "no client token" >&2; exit 1; }
    echo "== load: $clients clients for ${duration}s, then $bursts bursts of $burst (${pin_load[*]:-unpinned})"
    "${pin_load[@]}" "$java_cmd" --enable-native-access=ALL-UNNAMED -cp "$classpath" io.containment.benchmarks.load.LoadGenerator \
        --url "http://127.0.0.1:$port" --pubkeys "$work/keys/pubkeys.txt" --signer-pid "$signer_pid" \
        --clients "$clients" --duration "$duration" --burst "$burst" --bursts "$bursts" --raw-signatures "$raw" --token "$client_token" --warmup "$warmup" "${raw_cpu[@]}"
    echo "signer_rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$signer_pid/status)"
    if [ -n "${KEEP_SIGNER_LOG:-}" ]; then cp "$work/signer.log" "$KEEP_SIGNER_LOG"; fi
fi

if [ "$mode" = full ] || [ "$mode" = jmh ]; then
    echo "== JMH"
    "$java_cmd" --enable-native-access=ALL-UNNAMED -cp "$classpath" org.openjdk.jmh.Main ${JMH_ARGS:-} -rf json -rff "$root/benchmarks/target/jmh.json"
    echo "JMH results: benchmarks/target/jmh.json"
fi
