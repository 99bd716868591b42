package io.containment.plugins.slashing.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.containment.api.consensus.BlsPublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Transactions on the shared database. {@link #lock} takes a transaction-scoped advisory lock on a
 * validator: every signer process sharing the database takes the same lock before reading the
 * validator's history, so check-and-records of one validator are serialised across all of them,
 * and the lock is released by the commit (or by the server when the connection dies).
 */
final class Database implements AutoCloseable {
    /** Advisory lock class for validators (two-key form: this class, then the validator's key). */
    private static final int VALIDATOR_LOCK_CLASS = 0x43435350;

    /** Work inside a transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;

    Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Runs {@code work} in one transaction, committed before returning; rolled back on any failure. */
    <T> T transaction(Work<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
    }

    /** Locks the validator until the transaction ends, waiting at most the lock timeout. */
    static void lock(Connection connection, BlsPublicKey validator) throws SQLException {
        lockKey(connection, lockKey(validator));
    }

    /** Locks several validators in a fixed order (so that two such transactions cannot deadlock). */
    static void lockAll(Connection connection, Collection<BlsPublicKey> validators) throws SQLException {
        TreeSet<Integer> keys = new TreeSet<>();
        validators.forEach(validator -> keys.add(lockKey(validator)));
        for (int key : keys) {
            lockKey(connection, key);
        }
    }

    private static void lockKey(Connection connection, int key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, VALIDATOR_LOCK_CLASS);
            lock.setInt(2, key);
            lock.executeQuery().close();
        }
    }

    /** The validator's lock key; two validators sharing one only wait for each other. */
    static int lockKey(BlsPublicKey validator) {
        return java.util.Arrays.hashCode(validator.bytes());
    }

    HikariDataSource pool() {
        return pool;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool evicts it and the server rolls back
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
