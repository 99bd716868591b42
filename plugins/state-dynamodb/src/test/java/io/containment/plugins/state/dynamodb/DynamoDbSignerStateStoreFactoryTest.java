package io.containment.plugins.state.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginException;
import io.containment.api.seal.SignerStateStore;
import io.containment.testing.dynalite.Dynalite;
import io.containment.testing.dynalite.DynaliteExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** How the runtime finds and configures the store, the item it writes, and what each failure says. */
class DynamoDbSignerStateStoreFactoryTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();
    /** Stands for a seal record: it must never appear in a message. */
    private static final String RECORD = "{\"mode\":\"kms_only\",\"shares\":[\"c2hhcmUtb25lLXdyYXBwZWQ=\"]}";
    private static final Map<String, String> FAST_FAILING = Map.of("timeout_ms", "1500", "attempt_timeout_ms", "500",
            "max_retries", "0");

    private final DynamoDbSignerStateStoreFactory factory = new DynamoDbSignerStateStoreFactory();

    @Test
    void isNamedDynamodbAndDeclaresTheSharedKeys() {
        assertThat(factory.name()).isEqualTo("dynamodb");
        assertThat(factory.configProperties()).extracting(ConfigProperty::name).containsExactly("table", "region", "endpoint",
                "create_table", "access_key_id", "secret_access_key", "timeout_ms", "attempt_timeout_ms", "max_retries");
    }

    @Test
    void oneItemHoldsTheRecordWithARevisionRaisedByEveryReplace() {
        String table = StateStores.freshTable();
        try (SignerStateStore store = StateStores.open(DYNALITE.dynalite(), table);
             DynamoDbClient client = StateStores.client(DYNALITE.dynalite())) {
            store.create(RECORD);
            assertThat(item(client, table)).containsEntry("id", AttributeValue.fromS("seal_record"))
                    .containsEntry("record", AttributeValue.fromS(RECORD)).containsEntry("revision", AttributeValue.fromN("1"))
                    .containsKey("write_id");
            store.replace(RECORD, RECORD + " ");
            store.replace(RECORD + " ", RECORD);
            assertThat(item(client, table)).containsEntry("record", AttributeValue.fromS(RECORD))
                    .containsEntry("revision", AttributeValue.fromN("3"));
            assertThat(client.scan(b -> b.tableName(table)).count()).isOne();
            assertThat(store.describe()).isEqualTo("dynamodb table " + table);
        }
    }

    @Test
    void anEmptyRecordIsStoredAsAnItemWithoutRecordAndReadsBackEmpty() {
        try (SignerStateStore store = StateStores.open(DYNALITE.dynalite(), StateStores.freshTable())) {
            assertThat(store.create("")).isTrue();
            assertThat(store.read()).contains("");
            assertThat(store.replace("x", "y")).isFalse();
            assertThat(store.replace("", "now something")).isTrue();
            assertThat(store.replace("now something", "")).isTrue();
            assertThat(store.read()).contains("");
        }
    }

    @Test
    void aMissingTableRefusesStartupUnlessCreationIsAllowed() {
        String table = StateStores.freshTable();
        assertThatThrownBy(() -> StateStores.open(DYNALITE.dynalite(), table, Map.of("create_table", "false")))
                .isInstanceOf(PluginException.class).hasMessageContaining(table).hasMessageContaining("does not exist")
                .hasMessageContaining("signer_state.create_table: true").hasMessageContaining("state-dynamodb README");
        StateStores.open(DYNALITE.dynalite(), table).close();
        StateStores.open(DYNALITE.dynalite(), table, Map.of("create_table", "false")).close();
    }

    @Test
    void aTableWithOtherKeysRefusesStartup() {
        String table = StateStores.freshTable();
        try (DynamoDbClient client = StateStores.client(DYNALITE.dynalite())) {
            client.createTable(b -> b.tableName(table).billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(
                            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        }
        assertThatThrownBy(() -> StateStores.open(DYNALITE.dynalite(), table)).isInstanceOf(PluginException.class)
                .hasMessageContaining("needs partition key id (string)");
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        Map<String, String> bad = Map.of("table", "x", "endpoint", "ftp://example", "region", "EU WEST",
                "max_retries", "11", "timeout_ms", "0", "tablee", "seal");
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            Map<String, String> extra = new HashMap<>(Map.of(entry.getKey(), entry.getValue()));
            assertThatThrownBy(() -> StateStores.open(DYNALITE.dynalite(), StateStores.freshTable(), extra)).as(entry.getKey())
                    .isInstanceOf(PluginConfigException.class).hasMessageContaining("signer_state." + entry.getKey());
        }
    }

    @Test
    void aTableDeletedUnderTheStoreIsReportedAsMissing() {
        String table = StateStores.freshTable();
        try (SignerStateStore store = StateStores.open(DYNALITE.dynalite(), table, FAST_FAILING);
             DynamoDbClient client = StateStores.client(DYNALITE.dynalite())) {
            store.create(RECORD);
            client.deleteTable(b -> b.tableName(table));
            awaitGone(client, table);
            assertThatThrownBy(store::read).isInstanceOf(PluginException.class)
                    .hasMessage("signer_state: cannot read the seal record in DynamoDB table " + table
                            + ": the table does not exist (deleted?)");
            assertThatThrownBy(() -> store.replace(RECORD, RECORD + "!")).isInstanceOf(PluginException.class)
                    .hasMessageContaining("does not exist").hasMessageNotContaining(RECORD);
        }
    }

    @Test
    void anUnreachableTableIsReportedAsUnreachableWithoutTheRecord() {
        Dynalite own = Dynalite.start();
        String table = StateStores.freshTable();
        try (SignerStateStore store = StateStores.open(own, table, FAST_FAILING)) {
            store.create(RECORD);
            own.stop();
            assertThatThrownBy(store::read).isInstanceOf(PluginException.class)
                    .hasMessageStartingWith("signer_state: cannot read the seal record in DynamoDB table " + table)
                    .hasMessageContaining("DynamoDB is unreachable");
            assertThatThrownBy(() -> store.replace(RECORD, "next")).isInstanceOf(PluginException.class)
                    .hasMessageContaining("unreachable").hasMessageNotContaining(RECORD);
            assertThatThrownBy(() -> store.create(RECORD)).isInstanceOf(PluginException.class)
                    .hasMessageContaining("unreachable").hasMessageNotContaining(RECORD);
        } finally {
            own.close();
        }
    }

    @Test
    void aThrottledTableIsReportedAsThrottled() {
        String table = StateStores.freshTable();
        StateStores.open(DYNALITE.dynalite(), table).close();
        java.util.concurrent.atomic.AtomicBoolean throttling = new java.util.concurrent.atomic.AtomicBoolean();
        ReplacedAnswers throttled = ReplacedAnswers.throttling(request -> throttling.get()
                && (request instanceof GetItemRequest || request instanceof PutItemRequest));
        try (SignerStateStore store = StateStores.open(DYNALITE.dynalite(), table, FAST_FAILING, throttled)) {
            throttling.set(true);
            assertThatThrownBy(store::read).isInstanceOf(PluginException.class)
                    .hasMessage("signer_state: cannot read the seal record in DynamoDB table " + table
                            + ": throttled by DynamoDB (ProvisionedThroughputExceededException); try again");
            assertThatThrownBy(() -> store.create(RECORD)).isInstanceOf(PluginException.class)
                    .hasMessageContaining("throttled").hasMessageNotContaining(RECORD);
        }
    }

    @Test
    void aWriteWhoseAnswerWasLostAndThatTheSdkRetriedStillCountsAsDone() {
        String table = StateStores.freshTable();
        ReplacedAnswers lostCreate = ReplacedAnswers.losingTheFirstAnswer(request -> request instanceof PutItemRequest);
        ReplacedAnswers lostReplace = ReplacedAnswers.losingTheFirstAnswer(request -> request instanceof UpdateItemRequest);
        Map<String, String> retrying = Map.of("max_retries", "2");
        try (SignerStateStore store = StateStores.open(DYNALITE.dynalite(), table, retrying, lostCreate, lostReplace);
             SignerStateStore other = StateStores.open(DYNALITE.dynalite(), table)) {
            assertThat(store.create(RECORD)).as("the retry finds the record it wrote").isTrue();
            assertThat(other.create("another init")).isFalse();
            assertThat(store.replace(RECORD, "registered")).as("the retry finds the replacement it wrote").isTrue();
            assertThat(other.read()).contains("registered");
            assertThat(store.replace(RECORD, "stale")).as("a failed condition that is not its own write").isFalse();
        }
    }

    @Test
    void extensionIndexListsTheFactoryForPf4j() throws IOException, java.net.URISyntaxException {
        URL classes = DynamoDbSignerStateStoreFactory.class.getProtectionDomain().getCodeSource().getLocation();
        try (InputStream index = classes.toURI().resolve("META-INF/extensions.idx").toURL().openStream()) {
            assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(DynamoDbSignerStateStoreFactory.class.getName());
        }
    }

    private static Map<String, AttributeValue> item(DynamoDbClient client, String table) {
        return client.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS("seal_record"))).consistentRead(true))
                .item();
    }

    private static void awaitGone(DynamoDbClient client, String table) {
        for (int i = 0; i < 200 && client.listTables().tableNames().contains(table); i++) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
