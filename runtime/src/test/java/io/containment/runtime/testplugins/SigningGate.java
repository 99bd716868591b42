package io.containment.runtime.testplugins;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds signatures of the {@code test-gated} key source until a test opens it, so tests can keep
 * signing slots busy for as long as they need without timing anything. Open by default.
 */
public final class SigningGate {
    private static volatile CountDownLatch latch = new CountDownLatch(0);
    private static final AtomicInteger HELD = new AtomicInteger();

    private SigningGate() {
    }

    /** From now on, signatures wait for {@link #open()}. */
    public static void close() {
        latch = new CountDownLatch(1);
    }

    /** Lets every waiting and future signature through. */
    public static void open() {
        latch.countDown();
    }

    /** How many signatures are waiting at the gate now. */
    public static int held() {
        return HELD.get();
    }

    static void pass() {
        HELD.incrementAndGet();
        try {
            if (!latch.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("test gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            HELD.decrementAndGet();
        }
    }
}
