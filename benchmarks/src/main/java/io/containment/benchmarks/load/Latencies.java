package io.containment.benchmarks.load;

import java.util.Arrays;

/** Recorded latencies in nanoseconds and their percentiles (nearest rank). Not thread-safe: one per client. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.values[i]);
            }
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    int size() {
        return size;
    }

    /** The percentile in milliseconds of a merged (sorted) set; 0 when empty. */
    double percentileMillis(double percentile) {
        if (size == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return values[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
