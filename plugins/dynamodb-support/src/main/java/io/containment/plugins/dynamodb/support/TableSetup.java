package io.containment.plugins.dynamodb.support;

import io.containment.api.plugin.PluginException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Startup of a plugin on its table: the table exists (created with on-demand capacity when
 * allowed; a table another signer is creating at the same moment is fine), has the plugin's
 * {@link TableKeys keys} and is ACTIVE; then the plugin's own checks run. Anything else refuses
 * startup with a {@link PluginException} naming the table.
 *
 * <pre>{@code
 * new TableSetup(client, "auth-dynamodb", TableKeys.of("pk", "sk"), config.table(), config.createTableKey())
 *         .run(config.createTable(), setup -> checkHeadItem(setup));
 * }</pre>
 */
public final class TableSetup {
    private static final Duration ACTIVE_WAIT = Duration.ofSeconds(120);
    /**
     * Startup calls are not on any request path and the first ones of a fresh JVM load most of the
     * SDK: they get more time than {@code timeout_ms}. Plugins give their own startup calls this too.
     */
    public static final AwsRequestOverrideConfiguration STARTUP = AwsRequestOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(30)).apiCallAttemptTimeout(Duration.ofSeconds(10)).build();

    private final DynamoDbClient client;
    private final String plugin;
    private final TableKeys keys;
    private final String table;
    private final String createTableKey;

    /**
     * @param plugin         the plugin's name, for messages ("see the {@code plugin} README")
     * @param createTableKey the full key that allows creating the table (e.g. {@code auth.create_table})
     */
    public TableSetup(DynamoDbClient client, String plugin, TableKeys keys, String table, String createTableKey) {
        this.client = client;
        this.plugin = plugin;
        this.keys = keys;
        this.table = table;
        this.createTableKey = createTableKey;
    }

    /** What a plugin checks once the table is there (its schema item, its network, a warm-up call). */
    @FunctionalInterface
    public interface ItemChecks {
        void run(TableSetup setup);
    }

    /**
     * Makes sure the table is usable, then runs {@code checks}; SDK failures (unreachable, denied,
     * throttled) in either become a {@link PluginException}.
     */
    public void run(boolean createAllowed, ItemChecks checks) {
        try {
            TableDescription description = describe().orElseGet(() -> create(createAllowed));
            checkKeys(description);
            awaitActive(description);
            checks.run(this);
        } catch (SdkException e) {
            throw new PluginException("cannot use DynamoDB table " + table + ": " + e.getMessage(), e);
        }
    }

    public DynamoDbClient client() {
        return client;
    }

    public String table() {
        return table;
    }

    /** The item with this key, read strongly consistently with the startup time limits. */
    public Optional<Map<String, AttributeValue>> item(Map<String, AttributeValue> key) {
        GetItemResponse response = client.getItem(b -> b.tableName(table).key(key).consistentRead(true).overrideConfiguration(STARTUP));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /**
     * The item with {@code item}'s key as stored: {@code item} itself when this call wrote it
     * (a conditional put, so that of signers starting together exactly one writes it), or the one
     * another signer wrote first.
     */
    public Map<String, AttributeValue> firstWriterWins(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new HashMap<>();
        keys.schema().keySet().forEach(name -> key.put(name, item.get(name)));
        Optional<Map<String, AttributeValue>> stored = item(key);
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            client.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", keys.partitionKey())).overrideConfiguration(STARTUP));
            return item;
        } catch (ConditionalCheckFailedException anotherSignerWroteIt) {
            return item(key).orElseThrow(() -> new PluginException("item " + key + " of DynamoDB table " + table + " vanished"));
        }
    }

    private Optional<TableDescription> describe() {
        try {
            return Optional.of(client.describeTable(b -> b.tableName(table).overrideConfiguration(STARTUP)).table());
        } catch (ResourceNotFoundException missing) {
            return Optional.empty();
        }
    }

    private TableDescription create(boolean allowed) {
        if (!allowed) {
            throw new PluginException("DynamoDB table " + table + " does not exist; create it (see the " + plugin
                    + " README) or set " + createTableKey + ": true");
        }
        try {
            return client.createTable(b -> b.tableName(table).overrideConfiguration(STARTUP)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(keys.attributeDefinitions())
                    .keySchema(keys.keySchema()))
                    .tableDescription();
        } catch (ResourceInUseException anotherSignerCreatedIt) {
            return describe().orElseThrow(() -> anotherSignerCreatedIt);
        }
    }

    private void checkKeys(TableDescription description) {
        Map<String, KeyType> found = new HashMap<>();
        description.keySchema().forEach(key -> found.put(key.attributeName(), key.keyType()));
        if (!found.equals(keys.schema())) {
            throw new PluginException("DynamoDB table " + table + " has the keys " + found + "; the " + plugin + " plugin needs "
                    + keys.describe());
        }
    }

    private void awaitActive(TableDescription description) {
        long deadline = System.nanoTime() + ACTIVE_WAIT.toNanos();
        TableStatus status = description.tableStatus();
        long pause = 10;
        while (status != TableStatus.ACTIVE && status != TableStatus.UPDATING) {
            if (System.nanoTime() > deadline) {
                throw new PluginException("DynamoDB table " + table + " is still " + status + " after " + ACTIVE_WAIT);
            }
            try {
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PluginException("interrupted while waiting for table " + table, e);
            }
            status = describe().map(TableDescription::tableStatus).orElse(TableStatus.CREATING);
        }
    }
}
