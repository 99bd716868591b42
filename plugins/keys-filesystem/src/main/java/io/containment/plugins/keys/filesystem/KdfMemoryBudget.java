package io.containment.plugins.keys.filesystem;

import java.util.concurrent.Semaphore;

/**
 * Working memory for key derivation, shared by the loading threads: a scrypt keystore reserves
 * 128·r·n bytes (256 MiB for the usual n = 2^18, r = 8) before deriving, so however many threads
 * load, the derivations in flight fit in the heap. PBKDF2 needs none.
 */
final class KdfMemoryBudget {
    private static final long MIB = 1024 * 1024;
    private final int totalMib;
    private final Semaphore mib;

    KdfMemoryBudget(long bytes) {
        this.totalMib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / MIB));
        this.mib = new Semaphore(totalMib, true);
    }

    /** The budget for a JVM: its max heap less 256 MiB for everything else, at least half the heap. */
    static KdfMemoryBudget forHeap(long maxHeapBytes) {
        return new KdfMemoryBudget(Math.max(maxHeapBytes - 256 * MIB, maxHeapBytes / 2));
    }

    /** Waits until {@code bytes} are free and holds them until the reservation is closed. */
    Reservation reserve(long bytes) throws KeyFileException, InterruptedException {
        int need = (int) Math.min(Integer.MAX_VALUE, (bytes + MIB - 1) / MIB);
        if (need == 0) {
            return () -> { };
        }
        if (need > totalMib) {
            throw new KeyFileException("key derivation needs " + need + " MiB, more than the " + totalMib
                    + " MiB this JVM can spare (raise -Xmx)");
        }
        mib.acquire(need);
        return () -> mib.release(need);
    }

    /** Memory held for one derivation. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }
}
