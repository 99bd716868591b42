package io.containment.benchmarks.jmh;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.bls.BlstSecretKeys;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** jblst signing through the runtime's key: hash-to-G2, scalar multiplication, compression. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BlsSignBenchmark {
    private ValidatorKey key;
    private final byte[] root = new byte[32];
    private int counter;

    @Setup
    public void key() {
        byte[] secret = new byte[32];
        secret[31] = 7;
        key = new BlstSecretKeys().fromSecret(secret, "benchmark");
    }

    @Benchmark
    public BlsSignature sign() {
        root[0] = (byte) counter;
        root[1] = (byte) (counter++ >> 8);
        return key.sign(new Root(root));
    }

    @TearDown
    public void destroy() {
        key.destroy();
    }
}
