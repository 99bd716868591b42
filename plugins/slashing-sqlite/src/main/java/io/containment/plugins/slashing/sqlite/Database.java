package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Root;
import io.containment.api.plugin.PluginException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The one connection to the database and the transactions run on it.
 *
 * <p>Why one connection behind a lock rather than a pool or per-validator locks: SQLite lets one
 * writer in at a time anyway, so more connections would only queue inside SQLite instead of here;
 * one lock serialises every check-and-record of every validator, which trivially includes the
 * per-validator serialisation the SPI requires, and a check takes microseconds next to the fsync
 * of its commit. Other processes on the same file are kept out of a check-and-record by
 * {@code BEGIN IMMEDIATE} (SQLite's write lock), waiting up to {@code busy_timeout_ms}.
 *
 * <p>Group commit ({@link #writeGrouped}): check-and-records queue up; one platform thread (the
 * committer) takes everything queued, runs it in one write transaction, each
 * in its own savepoint, in arrival order, and commits once. Every caller is answered only after
 * that commit returned (fsync'd), so a verdict is never out before its record is durable; if the
 * commit fails, every caller of the batch gets the failure and none a verdict. Within a batch each
 * work sees the records of the works before it (same transaction), so the judgement is the same as
 * one transaction each. While requests arrive together (the last batch held two or more), the
 * committer first waits, up to the {@link CommitDelay}, until as many works are queued as the last
 * batch held, so that more of them share the commit; a lone request is committed at once. The committer is a platform thread because the commit's fsync is a native
 * call: on a virtual thread it would pin the carrier, and with the signer on one core no BLS work
 * could run during the fsync.
 *
 * <p>After any SQL failure the connection is dropped and the next call opens a new one, which
 * checks again that the file is ours (schema and genesis validators root) and never creates a
 * database: a file that vanished stays an error instead of becoming an empty history.
 */
final class Database implements AutoCloseable {
    /** Work inside a transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DatabaseFile file;
    private final Root genesisValidatorsRoot;
    private final int busyTimeoutMillis;
    private final CommitDelay commitDelay;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final ConcurrentLinkedQueue<PendingWork<?>> queue = new ConcurrentLinkedQueue<>();
    /** How many works the queue holds (its own size() walks it). */
    private final AtomicInteger queuedCount = new AtomicInteger();
    /** While the committer waits for joiners: how many queued works end the wait; otherwise never. */
    private volatile int waitingFor = Integer.MAX_VALUE;
    private volatile Thread waitingCommitter;
    /** Whether a batch task is submitted and has not started yet. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Runs the batches: a platform thread, so a virtual-thread caller unmounts while it waits for the fsync. */
    private final ExecutorService committer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("slashing-sqlite-commit").factory());
    /** What check-and-records know of the file; emptied whenever it could be out of date (see the class). */
    private final KnownValidators known = new KnownValidators();
    /** How many works the committer's last non-empty batch held (committer thread only). */
    private int previousBatchSize;
    private volatile int batchesRun;
    private Connection connection;
    private boolean closed;

    private Database(DatabaseFile file, Root genesisValidatorsRoot, int busyTimeoutMillis, CommitDelay commitDelay) {
        this.file = file;
        this.genesisValidatorsRoot = genesisValidatorsRoot;
        this.busyTimeoutMillis = busyTimeoutMillis;
        this.commitDelay = commitDelay;
    }

    /**
     * Opens (creating when new) the database for the chain.
     *
     * @throws PluginException when the file cannot be opened, is not a slashing database of this
     *                         version, or belongs to another chain
     */
    static Database open(DatabaseFile file, Root genesisValidatorsRoot, int busyTimeoutMillis, CommitDelay commitDelay) {
        Database database = new Database(file, genesisValidatorsRoot, busyTimeoutMillis, commitDelay);
        try {
            database.connection = database.connect(true);
            return database;
        } catch (SQLException e) {
            throw new PluginException("cannot open slashing database " + file.path() + ": " + e.getMessage(), e);
        }
    }

    Root genesisValidatorsRoot() {
        return genesisValidatorsRoot;
    }

    /** What check-and-records know of the file: for works of {@link #writeGrouped} only (under the lock). */
    KnownValidators known() {
        return known;
    }

    /**
     * Runs {@code work} in a write transaction ({@code BEGIN IMMEDIATE}), committed before returning.
     * What check-and-records know of the file is forgotten: such a write (import, prune, enabling,
     * the high watermark) may change any of it.
     */
    <T> T write(Work<T> work) throws SQLException {
        lock.lock();   // held across the forgetting too, so no batch runs in between on what was known
        try {
            return transaction("BEGIN IMMEDIATE", work);
        } finally {
            known.clear();
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in a write transaction shared with the other works queued at the same time
     * (group commit), answering only after that transaction committed.
     *
     * @throws SQLException when the work itself failed (its savepoint rolled back, the others go
     *                      on) or the batch could not be begun or committed (every caller of it)
     */
    <T> T writeGrouped(Work<T> work) throws SQLException {
        PendingWork<T> mine = new PendingWork<>(work);
        queue.add(mine);
        if (queuedCount.incrementAndGet() >= waitingFor) {
            LockSupport.unpark(waitingCommitter);   // as many as last time are here: no reason to wait longer
        }
        // one batch task at a time: it takes everything queued when it starts, and whoever queues after
        // that (the flag is cleared first) schedules the next one
        if (scheduled.compareAndSet(false, true)) {
            try {
                committer.execute(this::commitQueued);
            } catch (RejectedExecutionException e) {
                // closed: whatever is queued (others may have counted on this task) fails
                scheduled.set(false);
                SQLException closed = new SQLException("the slashing store is closed");
                for (PendingWork<?> next; (next = queue.poll()) != null; ) {
                    queuedCount.decrementAndGet();
                    next.fail(closed);
                }
            }
        }
        return mine.result();
    }

    /** On the committer thread: one batch of everything queued now (nothing when an earlier call took it). */
    private void commitQueued() {
        long delay = commitDelay.before(previousBatchSize);
        if (delay > 0) {
            awaitJoiners(previousBatchSize, delay);
        }
        scheduled.set(false);
        lock.lock();
        try {
            List<PendingWork<?>> batch = new ArrayList<>();
            for (PendingWork<?> next; (next = queue.poll()) != null; ) {
                queuedCount.decrementAndGet();
                batch.add(next);
            }
            if (!batch.isEmpty()) {
                previousBatchSize = batch.size();
                batchesRun++;
                runBatch(batch);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code expected} works are queued or {@code nanos} have passed. The flag is still
     * set meanwhile, so whoever queues joins this batch; the last joiner expected wakes the wait.
     */
    private void awaitJoiners(int expected, long nanos) {
        waitingCommitter = Thread.currentThread();
        waitingFor = expected;
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; queuedCount.get() < expected && left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
        waitingFor = Integer.MAX_VALUE;
    }

    /** How many works wait for the next batch (for tests). */
    int queued() {
        return queuedCount.get();
    }

    /** How many batches the committer has run (for tests). */
    int batches() {
        return batchesRun;
    }

    private void runBatch(List<PendingWork<?>> batch) {
        try {
            Connection current = connection();
            execute(current, "BEGIN IMMEDIATE");
            boolean done = false;
            try {
                known.checkDataVersion(current);
                for (PendingWork<?> pending : batch) {
                    if (!pending.runIn(current)) {
                        known.clear();   // the failed work may have learnt what its rollback undid
                    }
                }
                execute(current, "COMMIT");
                done = true;
            } finally {
                if (!done && !rollback(current)) {
                    drop();
                }
            }
        } catch (Throwable e) {
            drop();
            SQLException failure = e instanceof SQLException sql ? sql : new SQLException("the batch failed: " + e, e);
            batch.forEach(pending -> pending.fail(failure));
            if (e instanceof Error error) {
                throw error;
            }
            return;
        }
        batch.forEach(PendingWork::commit);
    }

    /** Runs {@code work} in a read transaction (one consistent snapshot). */
    <T> T read(Work<T> work) throws SQLException {
        return transaction("BEGIN DEFERRED", work);
    }

    private <T> T transaction(String begin, Work<T> work) throws SQLException {
        lock.lock();
        try {
            Connection current = connection();
            execute(current, begin);
            boolean done = false;
            try {
                T result = work.run(current);
                execute(current, "COMMIT");
                done = true;
                return result;
            } finally {
                if (!done && !rollback(current)) {
                    drop();
                }
            }
        } catch (SQLException e) {
            drop();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new SQLException("the slashing store is closed");
        }
        if (!file.isStillTheOpenedFile()) {
            throw new SQLException("slashing database " + file.path() + " was deleted, moved, replaced or truncated while in use");
        }
        if (connection == null) {
            try {
                connection = connect(false);
            } catch (PluginException e) {
                throw new SQLException(e.getMessage(), e);
            }
        }
        return connection;
    }

    private Connection connect(boolean mayInitialise) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        // nothing here reads generated keys; with them on, sqlite-jdbc runs a second statement
        // (SELECT last_insert_rowid()) after every INSERT of a check-and-record
        config.setGetGeneratedKeys(false);
        Connection opened = config.createConnection("jdbc:sqlite:" + file.path());
        try {
            new SchemaCheck(file.path(), genesisValidatorsRoot).run(opened, mayInitialise);
            return opened;
        } catch (SQLException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** Runs one of the few statements without parameters (transaction control), prepared once per connection. */
    static void execute(Connection connection, String sql) throws SQLException {
        Statements.prepared(connection, sql).execute();
    }

    /** Rolls back; false when that failed and the connection is in doubt. */
    private static boolean rollback(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void drop() {
        known.reset();
        if (connection != null) {
            Statements.forget(connection);
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    /** Whether the database answers a trivial query now. */
    void ping() throws SQLException {
        read(c -> {
            try (Statement statement = c.createStatement()) {
                statement.executeQuery("SELECT count(*) FROM metadata").close();
            }
            return null;
        });
    }

    @Override
    public void close() {
        committer.shutdown();
        lock.lock();
        try {
            closed = true;
            drop();
        } finally {
            lock.unlock();
        }
    }
}
