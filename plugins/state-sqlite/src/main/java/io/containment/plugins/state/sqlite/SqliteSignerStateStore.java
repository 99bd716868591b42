package io.containment.plugins.state.sqlite;

import io.containment.api.plugin.PluginException;
import io.containment.api.seal.SignerStateStore;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The seal record as the single row of table {@code seal_record}; {@link #create} is an
 * {@code INSERT OR IGNORE} and {@link #replace} a conditional {@code UPDATE}, so of instances sharing
 * the file racing on one record only one wins. A connection per call: the record is read at
 * startup and written rarely (init, registrations).
 */
final class SqliteSignerStateStore implements SignerStateStore {
    private static final String SCHEMA = "CREATE TABLE IF NOT EXISTS seal_record ("
            + "id INTEGER PRIMARY KEY CHECK (id = 1), record TEXT NOT NULL, created_at TEXT NOT NULL)";
    private final Path file;
    private final int busyTimeoutMillis;

    private SqliteSignerStateStore(Path file, int busyTimeoutMillis) {
        this.file = file;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    /** Creates the file owner-only (0600) when missing and the table when missing. */
    static SqliteSignerStateStore open(Path path, int busyTimeoutMillis) {
        Path file = path.toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException existing) {
                // checked by SQLite below
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new PluginException("cannot create signer_state database " + file + ": " + e, e);
        }
        SqliteSignerStateStore store = new SqliteSignerStateStore(file, busyTimeoutMillis);
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA);
        } catch (SQLException e) {
            throw new PluginException("cannot open signer_state database " + file + ": " + e.getMessage(), e);
        }
        return store;
    }

    @Override
    public Optional<String> read() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT record FROM seal_record WHERE id = 1")) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new PluginException("signer_state database " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean create(String record) {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO seal_record (id, record, created_at) VALUES (1, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))")) {
            insert.setString(1, record);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PluginException("signer_state database " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * One statement, {@code UPDATE … WHERE id = 1 AND record = ?}: SQLite compares the TEXT
     * byte for byte (BINARY collation) under its write lock, so of two instances replacing the
     * same record only one changes a row; committed with {@code synchronous=FULL} before it returns.
     */
    @Override
    public boolean replace(String expected, String replacement) {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement(
                "UPDATE seal_record SET record = ? WHERE id = 1 AND record = ?")) {
            update.setString(1, replacement);
            update.setString(2, expected);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PluginException("signer_state database " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "sqlite " + file;
    }

    private Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(busyTimeoutMillis);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    @Override
    public void close() {
    }
}
