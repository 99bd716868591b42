package io.containment.plugins.keys.filesystem;

/** How many keystores are decrypted at once when {@code keystore_load_concurrency} is 0 (automatic). */
final class LoadConcurrency {
    /** What one scrypt keystore with the usual parameters (n = 2^18, r = 8) needs. */
    static final long SCRYPT_BYTES = 256L * 1024 * 1024;

    private LoadConcurrency() {
    }

    /** min(available processors, max heap / 256 MiB), at least 1. */
    static int automatic(int processors, long maxHeapBytes) {
        return (int) Math.max(1, Math.min(processors, maxHeapBytes / SCRYPT_BYTES));
    }

    /** The configured value, or the automatic one for this JVM when 0. */
    static int resolve(int configured) {
        Runtime runtime = Runtime.getRuntime();
        return configured > 0 ? configured : automatic(runtime.availableProcessors(), runtime.maxMemory());
    }
}
