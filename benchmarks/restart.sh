#!/usr/bin/env bash
# Restart benchmark (keys issue: P3/P4): N EIP-2335 scrypt keystores sharing one password.
#
#   benchmarks/restart.sh [N] [LOG2_SCRYPT_N]     defaults: 10000 keystores, scrypt n = 2^18 (EIP-2335's)
#
# Writes the keystores once (cached in /tmp/containment-fleet-N-LOG2N), then starts the signer from
# the distribution twice: the first start decrypts every keystore (bounded by scrypt: expect about
# N x one-KDF time / cores) and writes the key cache; the second start opens the cache with one KDF.
# Prints first_load_s, restart_s (process start to /healthcheck 200) and the signer's RSS with every
# key loaded. RESTARTS_ONLY=1 keeps the data dir (and its key cache) in the fleet folder from an
# earlier run and measures restarts only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
count=${1:-10000}
log2n=${2:-18}

scripts/with-jdk21 mvn -B -q -ntp -DskipTests package dependency:build-classpath -pl benchmarks -am \
    -Dmdep.outputFile="$root/benchmarks/target/classpath.txt" 2>&1 | grep -v "^WARNING: .*Unsafe" || true
classpath="$root/benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
java_cmd=$(scripts/with-jdk21 sh -c 'echo "$JAVA_HOME/bin/java"')

fleet=/tmp/containment-fleet-$count-$log2n
if [ ! -f "$fleet/done" ]; then
    rm -rf "$fleet"
    "$java_cmd" --enable-native-access=ALL-UNNAMED -cp "$classpath" io.containment.benchmarks.load.KeystoreFleet \
        "$count" "$log2n" "$fleet/keys" | tee "$fleet.kdf"
    touch "$fleet/done"
fi
grep scrypt_one_kdf_s "$fleet.kdf" 2>/dev/null || true
echo "cores=$(nproc)"

work=$(mktemp -d /tmp/containment-restart.XXXXXX)
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
unzip -q "distribution/target/containment-chamber-$version.zip" -d "$work"
home="$work/containment-chamber-$version"
data="$work/data"
if [ "${RESTARTS_ONLY:-0}" = 1 ]; then data="$fleet/data"; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/config.yaml" <<YAML
server: { listen_address: 127.0.0.1, listen_port: $port }
data_dir: $data
network: mainnet
key_sources:
  filesystem: { paths: [$fleet/keys] }
YAML

start_and_time() {
    local label=$1
    local started
    started=$(date +%s.%N)
    JAVA_HOME=$(dirname "$(dirname "$java_cmd")") JAVA_OPTS="${JAVA_OPTS:--Xmx1g}" \
        "$home/bin/containment-chamber" server -c "$work/config.yaml" > "$work/$label.log" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$port/healthcheck" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then tail -20 "$work/$label.log"; exit 1; fi
        sleep 0.1
    done
    echo "${label}_s=$(echo "$(date +%s.%N) - $started" | bc)"
    echo "${label}_keys=$(curl -fs "http://127.0.0.1:$port/api/v1/eth2/publicKeys" | grep -o 0x | wc -l)"
    echo "${label}_rss_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))"
    grep "keys ready" "$work/$label.log" | tail -1 || true
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}
if [ "${RESTARTS_ONLY:-0}" != 1 ] || [ ! -d "$fleet/data/key-cache" ]; then
    start_and_time first_load
fi
start_and_time restart
start_and_time restart_again
