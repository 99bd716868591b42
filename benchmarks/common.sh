# Sourced by benchmarks/run.sh and benchmarks/floor.sh, from the repository root.
#
# benchmark_setup NAME: builds what the benchmarks need (unless SKIP_BUILD=1 reuses the last build),
# then sets classpath and java_cmd, pin_signer and pin_load (taskset: the signer on CPU 1, the load
# generator on CPU 0, when there are two cores) and raw_cpu (then the load generator's --raw-cpu 1),
# work (a new folder /tmp/containment-NAME.*) and an EXIT trap that stops $signer_pid, if set, and
# removes $work.
# await_upcheck PORT LOG: waits (up to 60 s) until GET /upcheck answers; if $signer_pid dies first,
# prints LOG and exits.

benchmark_setup() {
    if [ -z "${SKIP_BUILD:-}" ]; then
        echo "== building (mvn package, tests skipped)"
        # build-classpath runs for every module of the reactor; benchmarks comes last, so the file ends up holding its classpath
        scripts/with-jdk21 mvn -B -q -ntp -DskipTests package dependency:build-classpath -pl benchmarks -am \
            -Dmdep.outputFile="$root/benchmarks/target/classpath.txt" 2>&1 | grep -v "^WARNING: .*Unsafe" || true
    fi
    test -s benchmarks/target/classpath.txt || { echo "build failed" >&2; exit 1; }
    classpath="$root/benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
    java_cmd=$(scripts/with-jdk21 sh -c 'echo "$JAVA_HOME/bin/java"')
    pin_signer=() pin_load=() raw_cpu=()
    if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
        # raw jblst, the yardstick, is measured on the signer's core (the signer idle meanwhile)
        pin_signer=(taskset -c 1) pin_load=(taskset -c 0) raw_cpu=(--raw-cpu 1)
    fi
    work=$(mktemp -d "/tmp/containment-$1.XXXXXX")
    signer_pid=
    trap benchmark_cleanup EXIT
}

benchmark_cleanup() {
    if [ -n "$signer_pid" ]; then kill "$signer_pid" 2>/dev/null || true; wait "$signer_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}

await_upcheck() {
    for _ in $(seq 1 300); do
        if curl -fs "http://127.0.0.1:$1/upcheck" >/dev/null 2>&1; then return 0; fi
        if ! kill -0 "$signer_pid" 2>/dev/null; then cat "$2"; exit 1; fi
        sleep 0.2
    done
}
