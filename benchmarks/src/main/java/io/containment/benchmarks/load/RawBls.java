package io.containment.benchmarks.load;

import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.bls.BlstSecretKeys;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Raw jblst signing, the yardstick of the e2e efficiency: signatures per CPU-second of one thread
 * (hash-to-curve + scalar multiplication + compression, as the signer does per request), after a
 * warm-up. Measured in this process ({@link #signaturesPerCpuSecond}) or, so that the yardstick is
 * the core the signer signs on, in a new JVM pinned to a given CPU with {@code taskset}
 * ({@link #onCpu}, which runs {@link #main}).
 */
final class RawBls {
    private RawBls() {
    }

    /** Prints the signatures per CPU-second of {@code args[0]} signatures. */
    public static void main(String[] args) {
        System.out.printf("%.1f%n", signaturesPerCpuSecond(Integer.parseInt(args[0])));
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

    /**
     * The same measured in a new JVM (this one's java and class path) pinned to {@code cpu}; its
     * standard error goes to this process's, so that a failure shows its reason.
     */
    static double onCpu(int cpu, int signatures) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of("taskset", "-c", Integer.toString(cpu), java,
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                RawBls.class.getName(), Integer.toString(signatures)))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (InputStream stdout = process.getInputStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
        int exit = process.waitFor();
        if (exit != 0 || out.isEmpty()) {
            throw new IOException("raw jblst on CPU " + cpu + " failed (exit " + exit + ")");
        }
        String[] lines = out.split("\n");
        return Double.parseDouble(lines[lines.length - 1].trim());
    }

    private static void sign(ValidatorKey key, int count, int offset) {
        byte[] root = new byte[32];
        for (int i = 0; i < count; i++) {
            ByteBuffer.wrap(root).putInt(offset + i);
            key.sign(new Root(root));
        }
    }
}
