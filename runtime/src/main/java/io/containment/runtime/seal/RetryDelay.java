package io.containment.runtime.seal;

import java.time.Duration;
import java.time.Instant;

/** When to try again after failures: a delay doubling from {@code first} up to {@code max}; reset by a success. */
final class RetryDelay {
    private final Duration first;
    private final Duration max;
    private Duration delay = Duration.ZERO;
    private Instant next;

    RetryDelay(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** Whether an attempt may run at {@code now} (always, after a success or before any failure). */
    boolean due(Instant now) {
        return next == null || !now.isBefore(next);
    }

    /** Records how the attempt at {@code now} went. */
    void after(boolean succeeded, Instant now) {
        if (succeeded) {
            delay = Duration.ZERO;
            next = null;
            return;
        }
        delay = delay.isZero() ? first : delay.multipliedBy(2);
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        next = now.plus(delay);
    }
}
