package io.containment.plugins.keys.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginException;
import io.containment.testing.dynalite.DynaliteExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The factory's configuration: every bad value refuses startup naming its full key; the table must fit. */
class DynamoDbKeySourceFactoryTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    @TempDir
    Path dir;

    private DynamoDbKeySource open(String table, Map<String, String> extra) {
        return KeyTables.open(DYNALITE.dynalite(), table, KeyTables.context(dir), extra, List.of());
    }

    @Test
    void itIsTheDynamodbKeySourceAndNeedsATable() {
        DynamoDbKeySourceFactory factory = new DynamoDbKeySourceFactory();
        assertThat(factory.name()).isEqualTo("dynamodb");
        assertThatThrownBy(() -> KeyTables.pluginConfig(Map.of())).isInstanceOf(PluginConfigException.class)
                .hasMessageContaining("key_sources.dynamodb.table");
        assertThatThrownBy(() -> KeyTables.pluginConfig(Map.of("table", "t1", "refresh_every", "3")))
                .isInstanceOf(PluginConfigException.class).hasMessageContaining("key_sources.dynamodb.refresh_every");
    }

    @Test
    void badValuesNameTheirKey() {
        String table = KeyTables.freshTable();
        for (Map.Entry<String, String> bad : List.of(Map.entry("table", "a b"), Map.entry("refresh_interval_seconds", "-1"),
                Map.entry("refresh_interval_seconds", "86401"), Map.entry("timeout_ms", "0"),
                Map.entry("max_retries", "11"), Map.entry("endpoint", "ftp://localhost"), Map.entry("region", "EU WEST"))) {
            Map<String, String> values = new java.util.HashMap<>(Map.of(bad.getKey(), bad.getValue()));
            if (!bad.getKey().equals("table")) {
                values.put("table", table);
            }
            assertThatThrownBy(() -> open(values.get("table"), values)).as(bad.toString())
                    .isInstanceOf(PluginConfigException.class).hasMessageContaining("key_sources.dynamodb." + bad.getKey());
        }
        Map<String, String> onlyTheId = new java.util.HashMap<>(KeyTables.config(DYNALITE.dynalite(), table, Map.of()));
        onlyTheId.remove("secret_access_key");
        assertThatThrownBy(() -> new DynamoDbKeySourceFactory().create(KeyTables.pluginConfig(onlyTheId),
                KeyTables.withKeystores(KeyTables.context(dir)), List.of()))
                .isInstanceOf(PluginConfigException.class).hasMessageContaining("key_sources.dynamodb.secret_access_key");
    }

    @Test
    void aMissingTableIsCreatedOnlyWhenAllowed() {
        String table = KeyTables.freshTable();

        assertThatThrownBy(() -> open(table, Map.of("create_table", "false"))).isInstanceOf(PluginException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("key_sources.dynamodb.create_table");

        open(table, Map.of()).close();
        open(table, Map.of("create_table", "false")).close();
    }

    @Test
    void aTableWithOtherKeysIsRefused() {
        String table = KeyTables.freshTable();
        try (DynamoDbClient client = KeyTables.client(DYNALITE.dynalite())) {
            client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        }

        assertThatThrownBy(() -> open(table, Map.of())).isInstanceOf(PluginException.class)
                .hasMessageContaining("needs partition key pubkey (string)");
    }
}
