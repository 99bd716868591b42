package io.containment.plugins.keys.dynamodb;

import io.containment.api.plugin.PluginException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Startup: the table exists (created when allowed, on-demand capacity) with partition key
 * {@code pubkey} (string) and no sort key, and is active. Anything else refuses startup.
 */
final class TableSetup {
    private static final Duration ACTIVE_WAIT = Duration.ofSeconds(120);
    /** Startup calls are not on any request path, and the first ones of a fresh JVM load most of the SDK. */
    private static final AwsRequestOverrideConfiguration STARTUP = AwsRequestOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(30)).apiCallAttemptTimeout(Duration.ofSeconds(10)).build();

    private final KeyTable table;

    TableSetup(KeyTable table) {
        this.table = table;
    }

    void run(boolean createTable, String createTableKey) {
        try {
            TableDescription description = describe().orElseGet(() -> create(createTable, createTableKey));
            checkKeys(description);
            awaitActive(description);
        } catch (SdkException e) {
            throw new PluginException("cannot use DynamoDB table " + table.name() + ": " + e.getMessage(), e);
        }
    }

    private Optional<TableDescription> describe() {
        try {
            return Optional.of(table.client().describeTable(b -> b.tableName(table.name()).overrideConfiguration(STARTUP)).table());
        } catch (ResourceNotFoundException missing) {
            return Optional.empty();
        }
    }

    private TableDescription create(boolean allowed, String createTableKey) {
        if (!allowed) {
            throw new PluginException("DynamoDB table " + table.name() + " does not exist; create it (see the keys-dynamodb"
                    + " README) or set " + createTableKey + ": true");
        }
        try {
            return table.client().createTable(b -> b.tableName(table.name()).overrideConfiguration(STARTUP)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName(KeyItem.PUBKEY)
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName(KeyItem.PUBKEY).keyType(KeyType.HASH).build()))
                    .tableDescription();
        } catch (ResourceInUseException anotherSignerCreatedIt) {
            return describe().orElseThrow(() -> anotherSignerCreatedIt);
        }
    }

    private void checkKeys(TableDescription description) {
        Map<String, KeyType> keys = new HashMap<>();
        description.keySchema().forEach(key -> keys.put(key.attributeName(), key.keyType()));
        if (!keys.equals(Map.of(KeyItem.PUBKEY, KeyType.HASH))) {
            throw new PluginException("DynamoDB table " + table.name() + " has the keys " + keys
                    + "; a key table needs partition key pubkey (string) and no sort key");
        }
    }

    private void awaitActive(TableDescription description) {
        long deadline = System.nanoTime() + ACTIVE_WAIT.toNanos();
        TableStatus status = description.tableStatus();
        long pause = 10;
        while (status != TableStatus.ACTIVE && status != TableStatus.UPDATING) {
            if (System.nanoTime() > deadline) {
                throw new PluginException("DynamoDB table " + table.name() + " is still " + status + " after " + ACTIVE_WAIT);
            }
            try {
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PluginException("interrupted while waiting for table " + table.name(), e);
            }
            status = describe().map(TableDescription::tableStatus).orElse(TableStatus.CREATING);
        }
    }
}
