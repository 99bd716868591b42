package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.Root;
import io.containment.api.plugin.PluginException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code metadata} table: name → text. Binds the database to one chain on first use. */
final class Metadata {
    static final String GENESIS_VALIDATORS_ROOT = "genesis_validators_root";

    private Metadata() {
    }

    static Optional<String> get(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM metadata WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static void insert(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO metadata (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
            insert.setString(1, name);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    /**
     * Records the chain when the database has none yet, and refuses a database of another chain.
     *
     * @throws PluginException when the database belongs to another chain
     */
    static void bindToChain(Connection connection, Root genesisValidatorsRoot, String where) throws SQLException {
        insert(connection, GENESIS_VALIDATORS_ROOT, genesisValidatorsRoot.toString());
        String stored = get(connection, GENESIS_VALIDATORS_ROOT).orElseThrow();
        if (!Root.fromHex(stored).equals(genesisValidatorsRoot)) {
            throw new PluginException("slashing database " + where + " protects the chain with genesis validators root "
                    + stored + ", but this signer is configured for " + genesisValidatorsRoot
                    + "; use another database (or schema) for this network");
        }
    }
}
