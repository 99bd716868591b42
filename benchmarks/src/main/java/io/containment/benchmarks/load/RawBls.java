package io.containment.benchmarks.load;

import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.bls.BlstSecretKeys;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;

/**
 * Raw jblst signing measured in this process, the yardstick of the e2e efficiency: signatures per
 * CPU-second of one thread (hash-to-curve + scalar multiplication + compression, as the signer
 * does per request), after a warm-up.
 */
final class RawBls {
    private RawBls() {
    }

    static double signaturesPerCpuSecond(int signatures) {
        ValidatorKey key = new BlstSecretKeys().fromSecret(BenchmarkKeys.secret(0), "raw bls");
        try {
            sign(key, signatures / 4, 0);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            sign(key, signatures, 1_000_000);
            long cpu = threads.getCurrentThreadCpuTime() - start;
            return signatures / (cpu / 1e9);
        } finally {
            key.destroy();
        }
    }

    private static void sign(ValidatorKey key, int count, int offset) {
        byte[] root = new byte[32];
        for (int i = 0; i < count; i++) {
            ByteBuffer.wrap(root).putInt(offset + i);
            key.sign(new Root(root));
        }
    }
}
