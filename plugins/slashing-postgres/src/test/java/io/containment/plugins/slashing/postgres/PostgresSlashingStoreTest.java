package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.contract.SlashingStoreContract;
import io.containment.api.slashing.SlashingStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL store against the whole slashing-store contract, each store in a fresh schema. */
class PostgresSlashingStoreTest extends SlashingStoreContract {
    private static PostgresTestDatabase database;
    private final Map<SlashingStore, String> schemas = new ConcurrentHashMap<>();

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Override
    protected SlashingStore newStore(Root genesisValidatorsRoot) {
        String schema = database.newSchema();
        SlashingStore store = PostgresStoresForTests.open(database.url(schema), genesisValidatorsRoot);
        schemas.put(store, schema);
        return store;
    }

    @Override
    protected void failWritesOf(SlashingStore store, BlsPublicKey validator) {
        try (Connection connection = database.connect(schemas.get(store))) {
            PostgresStoresForTests.failWritesOf(connection, validator);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
