package io.containment.plugins.auth.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthBackendUnavailableException;
import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginException;
import io.containment.testing.dynalite.Dynalite;
import io.containment.testing.dynalite.DynaliteExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class DynamoDbAuthBackendFactoryTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();
    private static final Policy POLICY = new Policy("p", List.of(new PolicyRule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(), Set.of())));

    @Test
    void isTheDynamoDbBackendAndCreatesItsTableWhenAllowed() {
        String table = AuthBackends.freshTable();
        assertThat(new DynamoDbAuthBackendFactory().name()).isEqualTo("dynamodb");
        try (AuthBackend backend = AuthBackends.open(DYNALITE.dynalite(), table)) {
            backend.createPolicy(POLICY);
        }
        try (AuthBackend reopened = AuthBackends.open(DYNALITE.dynalite(), table, Map.of("create_table", "false"))) {
            assertThat(reopened.policies()).containsExactly(POLICY);
            assertThat(reopened.revision()).isEqualTo(1);
        }
    }

    @Test
    void refusesToStartWithoutTheTableUnlessAllowedToCreateIt() {
        assertThatThrownBy(() -> AuthBackends.open(DYNALITE.dynalite(), AuthBackends.freshTable(), Map.of("create_table", "false")))
                .isInstanceOf(PluginException.class).hasMessageContaining("does not exist").hasMessageContaining("auth.create_table");
    }

    @Test
    void refusesATableWithOtherKeysOrAnotherSchemaVersion() {
        String otherKeys = AuthBackends.freshTable();
        String otherSchema = AuthBackends.freshTable();
        try (DynamoDbClient client = AuthBackends.client(DYNALITE.dynalite())) {
            client.createTable(b -> b.tableName(otherKeys).billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
            AuthBackends.open(DYNALITE.dynalite(), otherSchema).close();
            client.updateItem(b -> b.tableName(otherSchema).key(Items.key(Items.HEAD)).updateExpression("SET #s = :s")
                    .expressionAttributeNames(Map.of("#s", Head.SCHEMA)).expressionAttributeValues(Map.of(":s", Items.n(99))));
        }
        assertThatThrownBy(() -> AuthBackends.open(DYNALITE.dynalite(), otherKeys)).isInstanceOf(PluginException.class)
                .hasMessageContaining("partition key pk");
        assertThatThrownBy(() -> AuthBackends.open(DYNALITE.dynalite(), otherSchema)).isInstanceOf(PluginException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void refusesBadConfigurationNamingTheKey() {
        Dynalite dynalite = DYNALITE.dynalite();
        Map<String, String> bad = Map.of("table", "x", "endpoint", "ftp://example", "region", "EU WEST",
                "max_retries", "11", "timeout_ms", "0", "tablee", "auth");
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            Map<String, String> extra = new HashMap<>(Map.of(entry.getKey(), entry.getValue()));
            assertThatThrownBy(() -> AuthBackends.open(dynalite, AuthBackends.freshTable(), extra)).as(entry.getKey())
                    .isInstanceOf(PluginConfigException.class).hasMessageContaining("auth." + entry.getKey());
        }
        Map<String, String> onlyId = new HashMap<>(AuthBackends.config(dynalite, AuthBackends.freshTable(), Map.of()));
        onlyId.remove("secret_access_key");
        DynamoDbAuthBackendFactory factory = new DynamoDbAuthBackendFactory();
        assertThatThrownBy(() -> factory.create(io.containment.api.plugin.PluginConfig.of("auth", onlyId, factory.configProperties(),
                java.nio.file.Path.of(".")), List.of())).isInstanceOf(PluginConfigException.class)
                .hasMessageContaining("auth.secret_access_key");
    }

    @Test
    void anUnreachableTableIsUnavailableNotEmpty() {
        Dynalite own = Dynalite.start();
        try (AuthBackend backend = AuthBackends.open(own, AuthBackends.freshTable(),
                Map.of("timeout_ms", "1000", "attempt_timeout_ms", "500", "max_retries", "0"))) {
            backend.createPolicy(POLICY);
            own.stop();
            assertThatThrownBy(backend::revision).isInstanceOf(AuthBackendUnavailableException.class);
            assertThatThrownBy(backend::snapshot).isInstanceOf(AuthBackendUnavailableException.class);
            assertThatThrownBy(() -> backend.createPolicy(POLICY)).isInstanceOf(AuthBackendUnavailableException.class);
        } finally {
            own.close();
        }
    }

    @Test
    void theTableHoldsTheHashNeverAnythingElseOfTheToken() {
        String table = AuthBackends.freshTable();
        byte[] hash = new byte[32];
        java.util.Arrays.fill(hash, (byte) 0x5c);
        var token = new io.containment.api.auth.TokenRecord("t-1", "vc", io.containment.api.auth.TokenKind.CLIENT, List.of("p"),
                io.containment.api.auth.TokenHash.of(hash), java.time.Instant.ofEpochMilli(1_000), java.util.Optional.empty(),
                java.util.Optional.empty());
        try (AuthBackend backend = AuthBackends.open(DYNALITE.dynalite(), table);
             DynamoDbClient client = AuthBackends.client(DYNALITE.dynalite())) {
            backend.createToken(token);
            List<Map<String, AttributeValue>> items = client.scan(b -> b.tableName(table).consistentRead(true)).items();
            assertThat(items).extracting(item -> item.get(Items.SK).s())
                    .containsExactlyInAnyOrder(Items.HEAD, "token#t-1", "hash#" + "5c".repeat(32));
            assertThat(items).filteredOn(item -> item.get(Items.SK).s().equals(Items.HEAD))
                    .allSatisfy(head -> assertThat(head).doesNotContainKey(Head.PENDING));
        }
    }
}
