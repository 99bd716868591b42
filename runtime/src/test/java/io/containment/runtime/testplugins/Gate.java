package io.containment.runtime.testplugins;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A door a test plugin's thread waits at until the test opens it, so tests can hold an operation
 * "in progress" without timing. {@link #awaitEntered()} tells the test the thread has arrived.
 */
public final class Gate {
    /** Reloads of {@code test-gated} wait here while closed. */
    public static final Gate RELOAD = new Gate();
    /** Imports into {@code test-gated} wait here while closed. */
    public static final Gate IMPORT = new Gate();

    private final Semaphore passes = new Semaphore(Integer.MAX_VALUE);
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile boolean closed;

    private Gate() {
    }

    /** From now on, callers of {@link #pass()} wait until {@link #open()}. */
    public synchronized void close() {
        if (!closed) {
            closed = true;
            entered = new CountDownLatch(1);
            passes.acquireUninterruptibly(Integer.MAX_VALUE);
        }
    }

    public synchronized void open() {
        if (closed) {
            closed = false;
            passes.release(Integer.MAX_VALUE);
        }
    }

    /** Blocks until the gate is open. */
    void pass() {
        entered.countDown();
        passes.acquireUninterruptibly();
        passes.release();
    }

    /** Waits (up to a minute) until a thread reached the closed gate. */
    public void awaitEntered() throws InterruptedException {
        if (!entered.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("nothing reached the gate");
        }
    }
}
