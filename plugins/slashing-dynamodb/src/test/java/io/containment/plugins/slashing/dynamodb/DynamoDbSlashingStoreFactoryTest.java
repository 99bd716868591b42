package io.containment.plugins.slashing.dynamodb;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.OTHER_GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.contract.TestPluginContext;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.testing.dynalite.DynaliteExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the runtime finds and configures the store, and what refuses startup. */
class DynamoDbSlashingStoreFactoryTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    private final DynamoDbSlashingStoreFactory factory = new DynamoDbSlashingStoreFactory();

    @Test
    void isNamedDynamodbAndDeclaresItsKeys() {
        assertThat(factory.name()).isEqualTo("dynamodb");
        assertThat(factory.configProperties()).extracting(ConfigProperty::name).containsExactly("table", "region", "endpoint",
                "create_table", "access_key_id", "secret_access_key", "timeout_ms", "attempt_timeout_ms", "max_retries");
        assertThat(factory.configProperties()).filteredOn(p -> p.name().endsWith("_key_id") || p.name().startsWith("secret"))
                .extracting(ConfigProperty::type).containsOnly(ConfigProperty.Type.SECRET);
    }

    @Test
    void missingTableRefusesStartupUnlessCreationIsAllowed() {
        String table = DynamoDbStores.freshTable();

        assertThatThrownBy(() -> create(table, Map.of("create_table", "false"), GENESIS_VALIDATORS_ROOT))
                .isInstanceOf(PluginException.class).hasMessageContaining(table).hasMessageContaining("create_table");

        try (SlashingStore store = create(table, Map.of("create_table", "true"), GENESIS_VALIDATORS_ROOT)) {
            assertThat(store.checkAndRecord(block(validator(1), 1, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);
        }
        try (SlashingStore reopened = create(table, Map.of("create_table", "false"), GENESIS_VALIDATORS_ROOT)) {
            assertThat(reopened.checkAndRecord(block(validator(1), 1, root("b")))).isInstanceOf(SlashingVerdict.DoubleProposal.class);
        }
    }

    @Test
    void tableOfAnotherNetworkRefusesStartupNamingBothRoots() {
        String table = DynamoDbStores.freshTable();
        create(table, Map.of(), GENESIS_VALIDATORS_ROOT).close();

        assertThatThrownBy(() -> create(table, Map.of(), OTHER_GENESIS_VALIDATORS_ROOT))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining(GENESIS_VALIDATORS_ROOT.toHex()).hasMessageContaining(OTHER_GENESIS_VALIDATORS_ROOT.toHex());
    }

    @Test
    void accessKeyWithoutSecretIsRefusedNamingTheMissingKey() {
        Map<String, String> values = DynamoDbStores.config(DYNALITE.dynalite(), "anything", Map.of());
        values.remove("secret_access_key");

        assertThatThrownBy(() -> factory.create(config(values), new TestPluginContext(Path.of("."))))
                .isInstanceOf(PluginConfigException.class).hasMessageStartingWith("anti_slashing.secret_access_key");
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> create("no spaces allowed", Map.of(), GENESIS_VALIDATORS_ROOT))
                .isInstanceOf(PluginConfigException.class).hasMessageStartingWith("anti_slashing.table");
        assertThatThrownBy(() -> create(DynamoDbStores.freshTable(), Map.of("endpoint", "ftp://x"), GENESIS_VALIDATORS_ROOT))
                .isInstanceOf(PluginConfigException.class).hasMessageStartingWith("anti_slashing.endpoint");
        assertThatThrownBy(() -> create(DynamoDbStores.freshTable(), Map.of("timeout_ms", "0"), GENESIS_VALIDATORS_ROOT))
                .isInstanceOf(PluginConfigException.class).hasMessageStartingWith("anti_slashing.timeout_ms");
        assertThatThrownBy(() -> create(DynamoDbStores.freshTable(), Map.of("max_retries", "-1"), GENESIS_VALIDATORS_ROOT))
                .isInstanceOf(PluginConfigException.class).hasMessageStartingWith("anti_slashing.max_retries");
    }

    @Test
    void secretsMayComeFromEnvironmentOrFileReferences() {
        Map<String, String> values = DynamoDbStores.config(DYNALITE.dynalite(), DynamoDbStores.freshTable(), Map.of());
        values.put("access_key_id", "env:PATH");
        values.put("secret_access_key", "env:PATH");

        try (SlashingStore store = factory.create(config(values), new TestPluginContext(Path.of(".")))) {
            assertThat(store.health().available()).isTrue();
        }
    }

    @Test
    void extensionIndexListsTheFactoryForPf4j() throws IOException, java.net.URISyntaxException {
        URL classes = DynamoDbSlashingStoreFactory.class.getProtectionDomain().getCodeSource().getLocation();
        try (InputStream index = classes.toURI().resolve("META-INF/extensions.idx").toURL().openStream()) {
            assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(DynamoDbSlashingStoreFactory.class.getName());
        }
    }

    private SlashingStore create(String table, Map<String, String> extra, io.containment.api.consensus.Root chain) {
        return factory.create(config(DynamoDbStores.config(DYNALITE.dynalite(), table, extra)),
                new TestPluginContext(Path.of("."), chain));
    }

    private PluginConfig config(Map<String, String> values) {
        return PluginConfig.of("anti_slashing", new HashMap<>(values), factory.configProperties(), Path.of("."));
    }
}
