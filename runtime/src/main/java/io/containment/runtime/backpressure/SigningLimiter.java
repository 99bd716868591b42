package io.containment.runtime.backpressure;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounded signing concurrency with a bounded, fair queue in front of it.
 *
 * <p>{@link #acquire()} hands out a {@link Slot} when one is free; otherwise the caller waits in
 * the queue (first come, first served) for at most the request timeout. A full queue, a timeout
 * or a limiter that is {@linkplain #drain(Duration) draining} is an {@link OverloadedException}
 * at once. The timeout bounds only the wait: a request holding a slot runs to completion, so a
 * slashing record committed by it is always followed by its signature.
 *
 * <p>A queued request parks without a timeout; a freed slot goes straight to the queue's head,
 * and one timer ({@link Timeouts}) refuses the requests whose wait is over. Every request waits
 * the same timeout, so deadlines come in queue order and the timer needs only the head's. A timed
 * wait per request (as {@code Semaphore.tryAcquire(timeout)}) made each of the 936 queued requests
 * of a 1,000-request burst register and cancel a timer with the JVM's delay scheduler, whose thread
 * then took turns with the carrier thread thousands of times per burst (docs/benchmarks.md, sixth
 * round).
 */
public final class SigningLimiter {
    private final int maxConcurrent;
    private final int queueCapacity;
    private final Duration timeout;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when every slot is free and nobody waits (for {@link #drain}). */
    private final Condition idle = lock.newCondition();
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
    private int available;
    private volatile int inFlight;
    private volatile int waiting;
    private boolean timerSet;
    private volatile boolean draining;

    public SigningLimiter(int maxConcurrent, int queueCapacity, Duration timeout) {
        if (maxConcurrent < 1 || queueCapacity < 0 || timeout.isNegative()) {
            throw new IllegalArgumentException("maxConcurrent >= 1, queue >= 0, timeout >= 0 required");
        }
        this.maxConcurrent = maxConcurrent;
        this.queueCapacity = queueCapacity;
        this.timeout = timeout;
        this.available = maxConcurrent;
    }

    /** A request in the queue; its state changes under the lock only. */
    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        final long deadline;
        volatile State state = State.WAITING;

        Waiter(long deadline) {
            this.deadline = deadline;
        }
    }

    private enum State { WAITING, GRANTED, TIMED_OUT }

    /**
     * A signing slot, waiting in the queue for up to the request timeout.
     *
     * @throws OverloadedException when the queue is full, the wait timed out or the signer drains
     */
    public Slot acquire() {
        refuseWhenDraining();
        Waiter mine;
        lock.lock();
        try {
            if (available > 0 && queue.isEmpty()) {
                take();
                return new Slot();
            }
            if (queue.size() >= queueCapacity) {
                throw new OverloadedException(OverloadedException.Reason.QUEUE_FULL, "overloaded: all " + maxConcurrent
                        + " signing slots are busy and " + queueCapacity + " requests are already queued; retry later");
            }
            if (timeout.isZero()) {
                throw timedOut();
            }
            mine = new Waiter(System.nanoTime() + timeout.toNanos());
            queue.add(mine);
            waiting = queue.size();
            if (!timerSet) {
                setTimer(mine.deadline);
            }
        } finally {
            lock.unlock();
        }
        while (mine.state == State.WAITING) {
            LockSupport.park(this);
            if (Thread.interrupted()) {
                leaveInterrupted(mine);
            }
        }
        if (mine.state == State.TIMED_OUT) {
            throw timedOut();
        }
        return new Slot();
    }

    private OverloadedException timedOut() {
        return new OverloadedException(OverloadedException.Reason.TIMED_OUT, "timed out after "
                + timeout.toSeconds() + " s waiting for a signing slot; nothing was signed; retry later");
    }

    /** Interrupted while queued: out of the queue (handing on a slot granted meanwhile), refused. */
    private void leaveInterrupted(Waiter mine) {
        lock.lock();
        try {
            if (mine.state == State.GRANTED) {
                give();
            } else if (mine.state == State.WAITING) {
                queue.remove(mine);
                waiting = queue.size();
            }
        } finally {
            lock.unlock();
        }
        Thread.currentThread().interrupt();
        throw new OverloadedException(OverloadedException.Reason.SHUTTING_DOWN, "interrupted while queued; retry later");
    }

    /** Under the lock: a free slot taken. */
    private void take() {
        available--;
        inFlight = maxConcurrent - available;
    }

    /** Under the lock: a slot freed, to the queue's head when someone waits. */
    private void give() {
        Waiter next = queue.poll();
        if (next != null) {
            waiting = queue.size();
            next.state = State.GRANTED;
            LockSupport.unpark(next.thread);
            return;
        }
        available++;
        inFlight = maxConcurrent - available;
        if (available == maxConcurrent) {
            idle.signalAll();
        }
    }

    /** Under the lock: the timer set for the first deadline in the queue. */
    private void setTimer(long deadline) {
        timerSet = true;
        Timeouts.TIMER.schedule(this::expire, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** On the timer: refuses the queued requests whose deadline passed, then waits for the next one. */
    private void expire() {
        lock.lock();
        try {
            timerSet = false;
            long now = System.nanoTime();
            for (Waiter head = queue.peek(); head != null && head.deadline - now <= 0; head = queue.peek()) {
                queue.poll();
                waiting = queue.size();   // before it wakes: it may look at once
                head.state = State.TIMED_OUT;
                LockSupport.unpark(head.thread);
            }
            if (!queue.isEmpty()) {
                setTimer(queue.peek().deadline);
            }
        } finally {
            lock.unlock();
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
     * queued) has finished, for at most {@code limit}; returns whether all finished in time (the
     * drain then holds every slot).
     */
    public boolean drain(Duration limit) {
        draining = true;
        long left = limit.toNanos();
        lock.lock();
        try {
            while (available < maxConcurrent || !queue.isEmpty()) {
                if (left <= 0) {
                    return false;
                }
                left = idle.awaitNanos(left);
            }
            available = 0;
            inFlight = maxConcurrent;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Slots taken now (requests signing; after a completed drain, the drain holds them all). */
    public int inFlight() {
        return inFlight;
    }

    /** Requests waiting for a slot now. */
    public int waiting() {
        return waiting;
    }

    /** The configured concurrency bound. */
    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** The configured queue bound. */
    public int queueCapacity() {
        return queueCapacity;
    }

    /** The one timer thread of every limiter's queue deadlines (a daemon, started on first use). */
    private static final class Timeouts {
        static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("signing-queue-timeouts").factory());
    }

    /** A held signing slot; closing it (once) frees it for the next request. */
    public final class Slot implements AutoCloseable {
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot() {
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                lock.lock();
                try {
                    give();
                } finally {
                    lock.unlock();
                }
            }
        }
    }
}
