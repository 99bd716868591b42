package io.containment.plugins.auth.sqlite;

import io.containment.api.auth.AuthBackendUnavailableException;
import io.containment.api.plugin.PluginException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One connection behind a lock and the transactions run on it. Writes are {@code BEGIN IMMEDIATE}
 * (SQLite's write lock, which also keeps other processes on the file out); reads see one
 * consistent snapshot. After an SQL failure the connection is dropped and reopened on the next call.
 */
final class Database implements AutoCloseable {
    /** Work inside a transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path path;
    private final int busyTimeoutMillis;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private boolean closed;

    private Database(Path path, int busyTimeoutMillis) {
        this.path = path;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    /**
     * Opens the database, creating its schema in a new file.
     *
     * @throws PluginException when the file cannot be opened or is not an auth database of this version
     */
    static Database open(Path path, int busyTimeoutMillis) {
        Database database = new Database(OwnerOnlyFile.prepare(path), busyTimeoutMillis);
        try {
            database.connection = database.connect();
            database.write(database::checkOrCreateSchema);
            return database;
        } catch (SQLException e) {
            database.close();
            throw new PluginException("cannot open auth database " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private Void checkOrCreateSchema(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            boolean empty;
            boolean ours;
            try (ResultSet tables = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                empty = true;
                ours = false;
                while (tables.next()) {
                    empty = false;
                    ours |= tables.getString(1).equals("auth_metadata");
                }
            }
            if (empty) {
                for (String ddl : Schema.CREATE) {
                    statement.execute(ddl);
                }
                return null;
            }
            if (!ours) {
                throw new PluginException(path + " is an SQLite database but not an auth database");
            }
            long version = Rows.metadata(c, Schema.SCHEMA_VERSION);
            if (version != Schema.VERSION) {
                throw new PluginException("auth database " + path + " has schema version " + version
                        + "; this plugin reads version " + Schema.VERSION);
            }
        }
        return null;
    }

    /** Runs {@code work} in a write transaction, committed before returning. */
    <T> T write(Work<T> work) {
        return transaction("BEGIN IMMEDIATE", work);
    }

    /** Runs {@code work} in a read transaction (one consistent snapshot). */
    <T> T read(Work<T> work) {
        return transaction("BEGIN DEFERRED", work);
    }

    private <T> T transaction(String begin, Work<T> work) {
        lock.lock();
        try {
            Connection current = connection();
            execute(current, begin);
            boolean committed = false;
            try {
                T result = work.run(current);
                execute(current, "COMMIT");
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    rollback(current);
                }
            }
        } catch (SQLException e) {
            drop();
            throw new AuthBackendUnavailableException("auth database " + path + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new SQLException("the auth backend is closed");
        }
        if (connection == null) {
            connection = connect();
        }
        return connection;
    }

    private Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        return config.createConnection("jdbc:sqlite:" + path);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollback(Connection current) {
        try {
            execute(current, "ROLLBACK");
        } catch (SQLException e) {
            drop();
        }
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            drop();
        } finally {
            lock.unlock();
        }
    }
}
