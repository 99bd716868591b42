package io.containment.runtime.backpressure;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded signing concurrency with a bounded, fair queue in front of it.
 *
 * <p>{@link #acquire()} hands out a {@link Slot} when one is free; otherwise the caller waits in
 * the queue (first come, first served) for at most the request timeout. A full queue, a timeout
 * or a limiter that is {@linkplain #drain(Duration) draining} is an {@link OverloadedException}
 * at once. The timeout bounds only the wait: a request holding a slot runs to completion, so a
 * slashing record committed by it is always followed by its signature.
 */
public final class SigningLimiter {
    private final int maxConcurrent;
    private final int queueCapacity;
    private final Duration timeout;
    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean draining;

    public SigningLimiter(int maxConcurrent, int queueCapacity, Duration timeout) {
        if (maxConcurrent < 1 || queueCapacity < 0 || timeout.isNegative()) {
            throw new IllegalArgumentException("maxConcurrent >= 1, queue >= 0, timeout >= 0 required");
        }
        this.maxConcurrent = maxConcurrent;
        this.queueCapacity = queueCapacity;
        this.timeout = timeout;
        this.slots = new Semaphore(maxConcurrent, true);
    }

    /**
     * A signing slot, waiting in the queue for up to the request timeout.
     *
     * @throws OverloadedException when the queue is full, the wait timed out or the signer drains
     */
    public Slot acquire() {
        refuseWhenDraining();
        if (tryAcquire(0)) {
            return new Slot();
        }
        if (waiting.incrementAndGet() > queueCapacity) {
            waiting.decrementAndGet();
            throw new OverloadedException(OverloadedException.Reason.QUEUE_FULL, "overloaded: all " + maxConcurrent
                    + " signing slots are busy and " + queueCapacity + " requests are already queued; retry later");
        }
        try {
            if (!tryAcquire(timeout.toNanos())) {
                throw new OverloadedException(OverloadedException.Reason.TIMED_OUT, "timed out after "
                        + timeout.toSeconds() + " s waiting for a signing slot; nothing was signed; retry later");
            }
        } finally {
            waiting.decrementAndGet();
        }
        return new Slot();
    }

    private boolean tryAcquire(long nanos) {
        try {
            return slots.tryAcquire(nanos, TimeUnit.NANOSECONDS); // honours fairness, unlike tryAcquire()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException(OverloadedException.Reason.SHUTTING_DOWN, "interrupted while queued; retry later");
        }
    }

    private void refuseWhenDraining() {
        if (draining) {
            throw new OverloadedException(OverloadedException.Reason.SHUTTING_DOWN,
                    "the signer is shutting down; retry on another instance or later");
        }
    }

    /**
     * Stops admitting new requests and waits until every request already admitted (running or
     * queued) has finished, for at most {@code limit}; returns whether all finished in time.
     */
    public boolean drain(Duration limit) {
        draining = true;
        try {
            // fair: queued after every earlier waiter, so this returns once all of them are done
            return slots.tryAcquire(maxConcurrent, limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Slots taken now (requests signing; after a completed drain, the drain holds them all). */
    public int inFlight() {
        return maxConcurrent - slots.availablePermits();
    }

    /** Requests waiting for a slot now. */
    public int waiting() {
        return waiting.get();
    }

    /** The configured concurrency bound. */
    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** The configured queue bound. */
    public int queueCapacity() {
        return queueCapacity;
    }

    /** A held signing slot; closing it (once) frees it for the next request. */
    public final class Slot implements AutoCloseable {
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot() {
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        }
    }
}
