package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.slashing.SlashingStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/** Stores made the way the runtime makes them (through the factory), and raw access to their files. */
final class SqliteStores {
    private SqliteStores() {
    }

    /** A store at {@code file} for the chain, created through {@link SqliteSlashingStoreFactory}. */
    static SlashingStore open(Path file, Root genesisValidatorsRoot, Map<String, String> extraConfig) {
        SqliteSlashingStoreFactory factory = new SqliteSlashingStoreFactory();
        Map<String, String> values = new java.util.HashMap<>(extraConfig);
        values.put(SqliteSlashingStoreFactory.PATH, file.toString());
        PluginConfig config = PluginConfig.of("anti_slashing", values, factory.configProperties(), file.getParent());
        return factory.create(config, new TestPluginContext(file.getParent(), genesisValidatorsRoot));
    }

    static SlashingStore open(Path file, Root genesisValidatorsRoot) {
        return open(file, genesisValidatorsRoot, Map.of());
    }

    /** A separate connection to the file, as another process would have. */
    static Connection connect(Path file) throws SQLException {
        return new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
    }

    /** Installs triggers that abort every insert concerning the validator. */
    static void failWritesOf(Path file, BlsPublicKey validator) {
        String key = "X'" + HexFormat.of().formatHex(validator.bytes()) + "'";
        String suffix = Integer.toHexString(validator.hashCode() & 0x7fffffff);
        String abort = " BEGIN SELECT RAISE(ABORT, 'injected write failure'); END";
        String ofValidator = " WHEN NEW.validator_id = (SELECT id FROM validators WHERE pubkey = " + key + ")";
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER fail_validator_" + suffix + " BEFORE INSERT ON validators"
                    + " WHEN NEW.pubkey = " + key + abort);
            statement.execute("CREATE TRIGGER fail_blocks_" + suffix + " BEFORE INSERT ON signed_blocks" + ofValidator + abort);
            statement.execute("CREATE TRIGGER fail_attestations_" + suffix + " BEFORE INSERT ON signed_attestations"
                    + ofValidator + abort);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot install the failure triggers", e);
        }
    }
}
