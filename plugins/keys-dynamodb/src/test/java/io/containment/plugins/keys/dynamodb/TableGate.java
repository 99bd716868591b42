package io.containment.plugins.keys.dynamodb;

import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** An SDK interceptor for tests: fails every call while {@link #failing}, or holds the next scan until released. */
final class TableGate implements ExecutionInterceptor {
    volatile boolean failing;
    private volatile CountDownLatch release;
    private volatile CountDownLatch held;
    private final CountDownLatch scanHeld = new CountDownLatch(1);

    /** The next scan waits (after signalling {@link #awaitScanHeld()}) until {@link #release()}. */
    void holdNextScan() {
        held = new CountDownLatch(1);
        release = held;
    }

    void awaitScanHeld() throws InterruptedException {
        scanHeld.await();
    }

    void release() {
        held.countDown();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (failing) {
            throw SdkClientException.create("test: the table is unreachable");
        }
        CountDownLatch latch = release;
        if (latch != null && context.request() instanceof ScanRequest) {
            release = null;
            scanHeld.countDown();
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
