package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.Root;
import io.containment.api.plugin.PluginException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Startup: the table exists (created when allowed) with the expected keys, and its {@code chain}
 * item names this signer's network and schema version (written by the first signer). Anything
 * else refuses startup.
 */
final class TableSetup {
    private static final String GENESIS_VALIDATORS_ROOT = "genesis_validators_root";
    private static final String SCHEMA = "schema";
    private static final Duration ACTIVE_WAIT = Duration.ofSeconds(120);
    /**
     * Startup calls are not on the signing path and the first ones of a fresh JVM load most of the
     * SDK: they get more time than {@code timeout_ms}.
     */
    private static final AwsRequestOverrideConfiguration STARTUP = AwsRequestOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(30)).apiCallAttemptTimeout(Duration.ofSeconds(10)).build();

    private final Table table;

    TableSetup(Table table) {
        this.table = table;
    }

    void run(boolean createTable, Root genesisValidatorsRoot) {
        try {
            TableDescription description = describe().orElseGet(() -> create(createTable));
            checkKeys(description);
            awaitActive(description);
            checkChain(genesisValidatorsRoot);
            warmUp();
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

    private TableDescription create(boolean allowed) {
        if (!allowed) {
            throw new PluginException("DynamoDB table " + table.name() + " does not exist; create it (see the slashing-dynamodb"
                    + " README) or set anti_slashing.create_table: true");
        }
        try {
            return table.client().createTable(b -> b.tableName(table.name()).overrideConfiguration(STARTUP)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            AttributeDefinition.builder().attributeName(Items.PK).attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName(Items.SK).attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName(Items.PK).keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName(Items.SK).keyType(KeyType.RANGE).build()))
                    .tableDescription();
        } catch (ResourceInUseException anotherSignerCreatedIt) {
            return describe().orElseThrow(() -> anotherSignerCreatedIt);
        }
    }

    private void checkKeys(TableDescription description) {
        Map<String, KeyType> keys = new HashMap<>();
        description.keySchema().forEach(key -> keys.put(key.attributeName(), key.keyType()));
        if (!keys.equals(Map.of(Items.PK, KeyType.HASH, Items.SK, KeyType.RANGE))) {
            throw new PluginException("DynamoDB table " + table.name() + " has the keys " + keys
                    + "; a slashing table needs partition key pk (string) and sort key sk (string)");
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

    private Optional<Map<String, AttributeValue>> chainItem() {
        GetItemResponse response = table.client().getItem(b -> b.tableName(table.name()).key(Items.key(Items.META, Items.CHAIN))
                .consistentRead(true).overrideConfiguration(STARTUP));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** One Query as signing does it, so that the first signing request does not pay for loading that part of the SDK. */
    private void warmUp() {
        table.client().query(b -> b.tableName(table.name()).consistentRead(true).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Items.PK))
                .expressionAttributeValues(Map.of(":pk", Items.s(Items.VALIDATOR_PREFIX + "warm-up")))
                .overrideConfiguration(STARTUP));
    }

    private void checkChain(Root genesisValidatorsRoot) {
        Optional<Map<String, AttributeValue>> chain = chainItem();
        if (chain.isEmpty()) {
            Map<String, AttributeValue> item = new HashMap<>(Items.key(Items.META, Items.CHAIN));
            item.put(GENESIS_VALIDATORS_ROOT, Items.s(genesisValidatorsRoot.toHex()));
            item.put(SCHEMA, Items.n(Items.SCHEMA_VERSION));
            try {
                table.client().putItem(b -> b.tableName(table.name()).item(item).conditionExpression("attribute_not_exists(pk)")
                        .overrideConfiguration(STARTUP));
                return;
            } catch (ConditionalCheckFailedException anotherSignerWroteIt) {
                chain = chainItem();
            }
        }
        Map<String, AttributeValue> item = chain.orElseThrow(() -> new PluginException("chain item of " + table.name() + " vanished"));
        AttributeValue schema = item.get(SCHEMA);
        if (schema == null || schema.n() == null || !schema.n().equals(Integer.toString(Items.SCHEMA_VERSION))) {
            throw new PluginException("DynamoDB table " + table.name() + " has slashing schema version "
                    + (schema == null ? "none" : schema.n()) + "; this signer reads version " + Items.SCHEMA_VERSION);
        }
        AttributeValue recorded = item.get(GENESIS_VALIDATORS_ROOT);
        if (recorded == null || recorded.s() == null || !Root.fromHex(recorded.s()).equals(genesisValidatorsRoot)) {
            throw new PluginException("DynamoDB table " + table.name() + " belongs to the chain with genesis validators root "
                    + (recorded == null ? "none" : recorded.s()) + ", not to the configured network's " + genesisValidatorsRoot);
        }
    }
}
