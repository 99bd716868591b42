package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.slashing.SlashingStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Stores made the way the runtime makes them (through the factory), and raw access to their schema. */
final class PostgresStoresForTests {
    private PostgresStoresForTests() {
    }

    /** A store on {@code url} for the chain, created through {@link PostgresSlashingStoreFactory}. */
    static SlashingStore open(String url, Root genesisValidatorsRoot, Map<String, String> extraConfig) {
        PostgresSlashingStoreFactory factory = new PostgresSlashingStoreFactory();
        Map<String, String> values = new HashMap<>(extraConfig);
        values.put(PostgresSlashingStoreFactory.URL, url);
        values.putIfAbsent(PostgresSlashingStoreFactory.USERNAME, "postgres");
        values.putIfAbsent(PostgresSlashingStoreFactory.POOL_SIZE, "4");
        PluginConfig config = PluginConfig.of("anti_slashing", values, factory.configProperties(), Path.of("."));
        return factory.create(config, new TestPluginContext(Path.of("."), genesisValidatorsRoot));
    }

    static SlashingStore open(String url, Root genesisValidatorsRoot) {
        return open(url, genesisValidatorsRoot, Map.of());
    }

    /** Installs triggers that abort every insert concerning the validator. */
    static void failWritesOf(Connection connection, BlsPublicKey validator) {
        String key = "'\\x" + HexFormat.of().formatHex(validator.bytes()) + "'::bytea";
        String suffix = Integer.toHexString(validator.hashCode() & 0x7fffffff);
        try (Statement statement = connection.createStatement()) {
            String raise = " RAISE EXCEPTION 'injected write failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql";
            statement.execute("CREATE FUNCTION fail_validator_" + suffix + "() RETURNS trigger AS $$ BEGIN"
                    + " IF NEW.pubkey = " + key + " THEN" + raise);
            statement.execute("CREATE FUNCTION fail_records_" + suffix + "() RETURNS trigger AS $$ BEGIN"
                    + " IF NEW.validator_id = (SELECT id FROM validators WHERE pubkey = " + key + ") THEN" + raise);
            statement.execute("CREATE TRIGGER fail_validators_" + suffix + " BEFORE INSERT ON validators"
                    + " FOR EACH ROW EXECUTE FUNCTION fail_validator_" + suffix + "()");
            for (String table : new String[] {"signed_blocks", "signed_attestations"}) {
                statement.execute("CREATE TRIGGER fail_" + table + "_" + suffix + " BEFORE INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION fail_records_" + suffix + "()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot install the failure triggers", e);
        }
    }
}
