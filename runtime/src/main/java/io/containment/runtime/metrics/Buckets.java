package io.containment.runtime.metrics;

import java.time.Duration;

/** The histogram buckets of the {@code containment_*} latency timers: 1 ms to 30 s. */
final class Buckets {
    private Buckets() {
    }

    /** Signing, slashing store and key loading latencies. */
    static Duration[] latency() {
        return new Duration[] {ms(1), ms(2), ms(5), ms(10), ms(25), ms(50), ms(100), ms(250), ms(500),
            ms(1_000), ms(2_500), ms(5_000), ms(10_000), ms(30_000)};
    }

    /** Key loading takes longer (scrypt keystores): 10 ms to 30 min. */
    static Duration[] loading() {
        return new Duration[] {ms(10), ms(100), ms(1_000), ms(5_000), ms(15_000), ms(60_000), ms(300_000),
            ms(900_000), ms(1_800_000)};
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
