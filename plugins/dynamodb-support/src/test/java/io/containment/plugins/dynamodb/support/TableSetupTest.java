package io.containment.plugins.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginException;
import io.containment.testing.dynalite.DynaliteExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/** Table creation, key checks and the first-writer item against dynalite through the real SDK. */
class TableSetupTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final TableKeys ID_ONLY = TableKeys.partitionOnly("id");

    @Test
    void aMissingTableRefusesStartupNamingTheKeyThatAllowsCreatingIt() {
        String table = freshTable();
        try (DynamoDbClient client = client()) {
            assertThatThrownBy(() -> setup(client, table, ID_ONLY).run(false, s -> { }))
                    .isInstanceOf(PluginException.class).hasMessageContaining(table).hasMessageContaining("does not exist")
                    .hasMessageContaining("see the test-dynamodb README").hasMessageContaining("signer_state.create_table: true");
        }
    }

    @Test
    void createsTheTableWithItsKeysAndRunsTheChecksOnceItIsActive() {
        String table = freshTable();
        List<String> checked = new ArrayList<>();
        try (DynamoDbClient client = client()) {
            setup(client, table, TableKeys.of("pk", "sk")).run(true, s -> checked.add(s.table()));
            var description = client.describeTable(b -> b.tableName(table)).table();
            assertThat(description.tableStatusAsString()).isEqualTo("ACTIVE");
            assertThat(description.keySchema()).extracting(k -> k.attributeName() + "/" + k.keyType())
                    .containsExactlyInAnyOrder("pk/" + KeyType.HASH, "sk/" + KeyType.RANGE);
            assertThat(description.billingModeSummary().billingModeAsString()).isEqualTo("PAY_PER_REQUEST");
        }
        assertThat(checked).containsExactly(table);
    }

    @Test
    void aTableWithOtherKeysIsRefusedNamingTheKeysNeeded() {
        String table = freshTable();
        try (DynamoDbClient client = client()) {
            setup(client, table, ID_ONLY).run(true, s -> { });
            assertThatThrownBy(() -> setup(client, table, TableKeys.of("pk", "sk")).run(false, s -> { }))
                    .isInstanceOf(PluginException.class)
                    .hasMessageContaining("the test-dynamodb plugin needs partition key pk (string) and sort key sk (string)");
        }
    }

    @Test
    void ofSignersStartingTogetherExactlyOneWritesTheFirstItemAndAllSeeIt() throws Exception {
        String table = freshTable();
        int signers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(signers);
        CountDownLatch go = new CountDownLatch(1);
        try (DynamoDbClient client = client()) {
            setup(client, table, ID_ONLY).run(true, s -> { });
            List<Future<String>> seen = new ArrayList<>();
            for (int i = 0; i < signers; i++) {
                String mine = "signer-" + i;
                seen.add(pool.submit(() -> {
                    go.await();
                    return setup(client, table, ID_ONLY)
                            .firstWriterWins(Map.of("id", AttributeValue.fromS("meta"), "owner", AttributeValue.fromS(mine)))
                            .get("owner").s();
                }));
            }
            go.countDown();
            List<String> owners = new ArrayList<>();
            for (Future<String> future : seen) {
                owners.add(future.get());
            }
            String stored = client.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS("meta"))).consistentRead(true))
                    .item().get("owner").s();
            assertThat(owners).containsOnly(stored);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnreachableEndpointRefusesStartupNamingTheTable() {
        try (DynamoDbClient client = client(Map.of("endpoint", "http://127.0.0.1:9", "timeout_ms", "500",
                "attempt_timeout_ms", "200", "max_retries", "0"))) {
            assertThatThrownBy(() -> setup(client, "unreachable", ID_ONLY).run(true, s -> { }))
                    .isInstanceOf(PluginException.class).hasMessageStartingWith("cannot use DynamoDB table unreachable");
        }
    }

    private static TableSetup setup(DynamoDbClient client, String table, TableKeys keys) {
        return new TableSetup(client, "test-dynamodb", keys, table, "signer_state.create_table");
    }

    private static String freshTable() {
        return "setup-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
    }

    private static DynamoDbClient client() {
        return client(Map.of());
    }

    /** A client made from configuration, as a plugin makes it. */
    private static DynamoDbClient client(Map<String, String> overrides) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("table", "unused", "endpoint", DYNALITE.endpoint().toString(),
                "region", "us-east-1", "access_key_id", "test", "secret_access_key", "test"));
        values.putAll(overrides);
        return DynamoDbConfig.read(PluginConfig.of("signer_state", values, DynamoDbConfig.properties("t", "l"), Path.of(".")))
                .client().client();
    }
}
