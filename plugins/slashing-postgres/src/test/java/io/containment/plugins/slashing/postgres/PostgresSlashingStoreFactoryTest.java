package io.containment.plugins.slashing.postgres;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.OTHER_GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.UINT64_MAX;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the runtime finds and configures the store, and what it leaves in the database. */
class PostgresSlashingStoreFactoryTest {
    private static PostgresTestDatabase database;
    private final PostgresSlashingStoreFactory factory = new PostgresSlashingStoreFactory();

    @TempDir
    Path folder;

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void isNamedPostgresAndDeclaresItsKeys() {
        assertThat(factory.name()).isEqualTo("postgres");
        assertThat(factory.configProperties()).extracting(ConfigProperty::name).containsExactly(
                "url", "username", "password", "pool_size", "connect_timeout", "statement_timeout");
        assertThat(factory.configProperties()).filteredOn(p -> p.name().equals("password"))
                .extracting(ConfigProperty::type).containsExactly(ConfigProperty.Type.SECRET);
    }

    @Test
    void unusableValuesAreRefusedNamingTheKey() {
        assertRefused(Map.of("url", "postgres://db/x"), "anti_slashing.url");
        assertRefused(Map.of("pool_size", "0"), "anti_slashing.pool_size");
        assertRefused(Map.of("connect_timeout", "soon"), "anti_slashing.connect_timeout");
        assertRefused(Map.of("statement_timeout", "20ms"), "anti_slashing.statement_timeout");
        assertRefused(Map.of("password", "env:CONTAINMENT_TEST_SURELY_UNSET"), "anti_slashing.password");
        assertRefused(Map.of("password", "file:" + folder.resolve("missing")), "anti_slashing.password");
    }

    @Test
    void aPasswordInTheUrlNeverAppearsInMessages() {
        assertThatThrownBy(() -> factory.create(config(Map.of("url", "jdbc:mysql://db/x?password=hunter2")), context()))
                .isInstanceOf(PluginConfigException.class).hasMessageNotContaining("hunter2");
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://u:hunter2@db/x?ssl=true&password=hunter2"))
                .doesNotContain("hunter2").contains("ssl=true");
    }

    @Test
    void timeoutsAcceptSecondsMillisecondsOrABareNumber() {
        assertThat(Timeouts.read(config(Map.of("connect_timeout", "2s")), "connect_timeout").toMillis()).isEqualTo(2000);
        assertThat(Timeouts.read(config(Map.of("connect_timeout", "2500ms")), "connect_timeout").toMillis()).isEqualTo(2500);
        assertThat(Timeouts.read(config(Map.of("connect_timeout", "750")), "connect_timeout").toMillis()).isEqualTo(750);
    }

    @Test
    void createsTheSchemaAndKeepsUint64ValuesAsPlainNumbers() throws Exception {
        String schema = database.newSchema();
        try (SlashingStore store = factory.create(config(Map.of("url", database.url(schema))), context())) {
            assertThat(store.checkAndRecord(block(validator(1), UINT64_MAX - 1, root("max")))).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(store.checkAndRecord(vote(validator(1), UINT64_MAX - 1, UINT64_MAX - 1, root("v")))).isInstanceOf(SlashingVerdict.Valid.class);
        }
        try (Connection connection = database.connect(schema); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT slot::text FROM signed_blocks")).isEqualTo("18446744073709551614");
            assertThat(single(statement, "SELECT target_epoch::text FROM signed_attestations")).isEqualTo("18446744073709551614");
            assertThat(single(statement, "SELECT max(version) FROM slashing_schema_history")).isEqualTo("1");
            assertThat(single(statement, "SELECT value FROM metadata WHERE name = 'genesis_validators_root'"))
                    .isEqualTo(GENESIS_VALIDATORS_ROOT.toString());
        }
    }

    @Test
    void aDatabaseOfAnotherChainOrOfANewerSchemaIsRefusedAtStartup() throws Exception {
        String schema = database.newSchema();
        factory.create(config(Map.of("url", database.url(schema))), context()).close();

        assertThatThrownBy(() -> factory.create(config(Map.of("url", database.url(schema))),
                new TestPluginContext(folder, OTHER_GENESIS_VALIDATORS_ROOT)))
                .isInstanceOf(PluginException.class).hasMessageContaining(GENESIS_VALIDATORS_ROOT.toString())
                .hasMessageContaining(OTHER_GENESIS_VALIDATORS_ROOT.toString());

        try (Connection connection = database.connect(schema); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO slashing_schema_history SELECT installed_rank + 1, '99', 'from the future', type,"
                    + " 'V99__future.sql', checksum, installed_by, installed_on, execution_time, success"
                    + " FROM slashing_schema_history WHERE version = '1'");
        }
        assertThatThrownBy(() -> factory.create(config(Map.of("url", database.url(schema))), context()))
                .isInstanceOf(PluginException.class).hasMessageContaining("99");
    }

    @Test
    void aSchemaHoldingOtherTablesIsNotTakenOver() throws Exception {
        String schema = database.newSchema();
        Web3SignerDatabase.create(database, schema);

        assertThatThrownBy(() -> factory.create(config(Map.of("url", database.url(schema))), context()))
                .isInstanceOf(PluginException.class).hasMessageContaining("non-empty schema");
    }

    @Test
    void extensionIndexListsTheFactoryAndTheWeb3SignerReaderForPf4j() throws IOException {
        URL classes = PostgresSlashingStoreFactory.class.getProtectionDomain().getCodeSource().getLocation();
        try (InputStream index = new URL(classes, "META-INF/extensions.idx").openStream()) {
            assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(PostgresSlashingStoreFactory.class.getName(), Web3SignerHistoryReader.class.getName());
        }
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    private void assertRefused(Map<String, String> values, String key) {
        assertThatThrownBy(() -> factory.create(config(values), context()))
                .isInstanceOf(PluginConfigException.class).hasMessageStartingWith(key);
    }

    private TestPluginContext context() {
        return new TestPluginContext(folder, GENESIS_VALIDATORS_ROOT);
    }

    private PluginConfig config(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(Map.of("url", database.url(null), "username", "postgres", "pool_size", "2"));
        all.putAll(values);
        return PluginConfig.of("anti_slashing", all, factory.configProperties(), folder);
    }
}
