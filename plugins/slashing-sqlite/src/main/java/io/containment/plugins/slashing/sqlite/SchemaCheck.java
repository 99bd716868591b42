package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Root;
import io.containment.api.plugin.PluginException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Makes sure a freshly opened connection talks to a slashing database of this schema version and
 * of the configured chain; creates the schema in a new (empty) file when allowed.
 */
final class SchemaCheck {
    private final Path path;
    private final Root genesisValidatorsRoot;

    SchemaCheck(Path path, Root genesisValidatorsRoot) {
        this.path = path;
        this.genesisValidatorsRoot = genesisValidatorsRoot;
    }

    /**
     * @param mayInitialise whether an empty file may get a new schema (only when the store starts)
     * @throws PluginException when the file is someone else's, of another version or chain
     */
    void run(Connection connection, boolean mayInitialise) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                check(connection, mayInitialise);
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    statement.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    private void check(Connection connection, boolean mayInitialise) throws SQLException {
        Set<String> tables = tables(connection);
        if (tables.isEmpty()) {
            if (!mayInitialise) {
                throw new PluginException("slashing database " + path + " has become empty while in use");
            }
            initialise(connection);
            return;
        }
        if (!tables.contains("metadata")) {
            throw new PluginException(path + " is an SQLite database but not a slashing protection database");
        }
        String version = metadata(connection, Schema.SCHEMA_VERSION)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("none");
        if (mayInitialise && version.matches("[0-9]{1,3}") && Integer.parseInt(version) < Schema.VERSION
                && Integer.parseInt(version) >= 1) {
            migrate(connection, Integer.parseInt(version));
            version = String.valueOf(Schema.VERSION);
        }
        if (!String.valueOf(Schema.VERSION).equals(version)) {
            throw new PluginException("slashing database " + path + " has schema version " + version
                    + "; this plugin reads version " + Schema.VERSION);
        }
        Root recorded = metadata(connection, Schema.GENESIS_VALIDATORS_ROOT).map(Root::new)
                .orElseThrow(() -> new PluginException("slashing database " + path + " names no genesis validators root"));
        if (!recorded.equals(genesisValidatorsRoot)) {
            throw new PluginException("slashing database " + path + " belongs to the chain with genesis validators root "
                    + recorded + ", not to the configured network's " + genesisValidatorsRoot
                    + "; point anti_slashing.path at this network's database");
        }
    }

    /** Runs every migration from the file's version up to this plugin's, in the startup transaction. */
    private static void migrate(Connection connection, int from) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int version = from + 1; version <= Schema.VERSION; version++) {
                for (String ddl : Schema.MIGRATIONS.get(version)) {
                    statement.execute(ddl);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE metadata SET value = ? WHERE name = ?")) {
            update.setBytes(1, String.valueOf(Schema.VERSION).getBytes(StandardCharsets.UTF_8));
            update.setString(2, Schema.SCHEMA_VERSION);
            update.executeUpdate();
        }
    }

    private void initialise(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : Schema.CREATE) {
                statement.execute(ddl);
            }
        }
        insertMetadata(connection, Schema.SCHEMA_VERSION, String.valueOf(Schema.VERSION).getBytes(StandardCharsets.UTF_8));
        insertMetadata(connection, Schema.GENESIS_VALIDATORS_ROOT, genesisValidatorsRoot.bytes());
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Optional<byte[]> metadata(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM metadata WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static void insertMetadata(Connection connection, String name, byte[] value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metadata (name, value) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setBytes(2, value);
            insert.executeUpdate();
        }
    }
}
