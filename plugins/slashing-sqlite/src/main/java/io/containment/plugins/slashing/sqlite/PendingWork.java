package io.containment.plugins.slashing.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;

/** One queued work: its outcome is decided in the batch, handed out only after the commit. */
final class PendingWork<T> {
    private final Database.Work<T> work;
    private T value;
    private Throwable failure;
    private final CountDownLatch done = new CountDownLatch(1);

    PendingWork(Database.Work<T> work) {
        this.work = work;
    }

    /** Runs the work in its own savepoint; a failing work is rolled back alone (answering false). */
    boolean runIn(Connection connection) throws SQLException {
        Database.execute(connection, "SAVEPOINT work");
        try {
            value = work.run(connection);
            Database.execute(connection, "RELEASE work");
            return true;
        } catch (SQLException | RuntimeException e) {
            failure = e;
            Database.execute(connection, "ROLLBACK TO work");
            Database.execute(connection, "RELEASE work");
            return false;
        }
    }

    void commit() {
        done.countDown();
    }

    void fail(SQLException batchFailure) {
        value = null;
        failure = batchFailure;
        done.countDown();
    }

    /** Waits for the batch's commit, then answers the work's result or failure. */
    T result() throws SQLException {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the slashing database commit (no verdict)", e);
        }
        return switch (failure) {
            case null -> value;
            case SQLException e -> throw e;
            case RuntimeException e -> throw e;
            default -> throw new IllegalStateException(failure);
        };
    }
}
