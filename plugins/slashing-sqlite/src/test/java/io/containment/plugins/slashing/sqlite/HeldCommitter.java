package io.containment.plugins.slashing.sqlite;

import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * A work that keeps the committer inside its batch until released, so that the check-and-records
 * submitted meanwhile queue up for the next batch.
 */
final class HeldCommitter {
    private final Database database;
    private final CountDownLatch release = new CountDownLatch(1);

    /** Submits the holding work on {@code executor}; returns once the committer is running it. */
    HeldCommitter(Database database, ExecutorService executor) throws InterruptedException {
        this.database = database;
        CountDownLatch entered = new CountDownLatch(1);
        executor.submit(() -> database.writeGrouped(connection -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new SQLException("interrupted", e);
            }
            return null;
        }));
        entered.await();
    }

    void waitQueued(int count) throws InterruptedException {
        while (database.queued() < count) {
            Thread.sleep(1);
        }
    }

    /** Lets the committer go on once {@code count} works wait for the next batch. */
    void releaseOnceQueued(int count) throws InterruptedException {
        waitQueued(count);
        release();
    }

    void release() {
        release.countDown();
    }
}
