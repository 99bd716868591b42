package io.containment.plugins.state.dynamodb;

import io.containment.api.seal.SignerStateStore;
import io.containment.plugins.dynamodb.support.DynamoDbConfig;
import io.containment.plugins.dynamodb.support.TableKeys;
import io.containment.plugins.dynamodb.support.TableSetup;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The seal record as the one {@link SealItem item} of a table with partition key {@code id}.
 * {@link #create} is a put on condition {@code attribute_not_exists(id)}; {@link #replace} an
 * update on condition that the stored {@code record} is exactly the expected one (DynamoDB compares
 * strings byte for byte), raising {@code revision}. So of instances racing on one record exactly
 * one write lands. Every read is strongly consistent. The record is never logged nor put into a
 * message.
 */
final class DynamoDbSignerStateStore implements SignerStateStore {
    static final TableKeys KEYS = TableKeys.partitionOnly(SealItem.ID);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DynamoDbClient client;
    private final String table;

    private DynamoDbSignerStateStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /**
     * Checks (or creates) the table; one that cannot be used refuses startup with a
     * {@code PluginException}. Owns {@code client} and closes it on {@link #close()}.
     */
    static DynamoDbSignerStateStore open(DynamoDbClient client, DynamoDbConfig config) {
        try {
            new TableSetup(client, "state-dynamodb", KEYS, config.table(), config.createTableKey())
                    .run(config.createTable(), setup -> setup.item(SealItem.key()));
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return new DynamoDbSignerStateStore(client, config.table());
    }

    @Override
    public Optional<String> read() {
        return call("read the seal record", () -> item().map(item -> SealItem.record(item, table)));
    }

    @Override
    public boolean create(String record) {
        String writeId = writeId();
        return call("create the seal record", () -> {
            try {
                client.putItem(b -> b.tableName(table).item(SealItem.created(record, writeId))
                        .conditionExpression("attribute_not_exists(#id)").expressionAttributeNames(Map.of("#id", SealItem.ID)));
                return true;
            } catch (ConditionalCheckFailedException exists) {
                return wroteIt(writeId);
            }
        });
    }

    @Override
    public boolean replace(String expected, String replacement) {
        String writeId = writeId();
        // DynamoDB refuses names and values an expression does not use: only what is used goes in
        Map<String, String> names = new HashMap<>(Map.of("#record", SealItem.RECORD, "#revision", SealItem.REVISION,
                "#write", SealItem.WRITE_ID));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", AttributeValue.fromN("1"),
                ":write", AttributeValue.fromS(writeId)));
        String condition;
        if (expected.isEmpty()) {
            condition = "attribute_exists(#id) AND attribute_not_exists(#record)";
            names.put("#id", SealItem.ID);
        } else {
            condition = "#record = :expected";
            values.put(":expected", AttributeValue.fromS(expected));
        }
        String update;
        if (replacement.isEmpty()) {
            update = "SET #revision = #revision + :one, #write = :write REMOVE #record";
        } else {
            update = "SET #record = :replacement, #revision = #revision + :one, #write = :write";
            values.put(":replacement", AttributeValue.fromS(replacement));
        }
        return call("replace the seal record", () -> {
            try {
                client.updateItem(b -> b.tableName(table).key(SealItem.key()).updateExpression(update)
                        .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values));
                return true;
            } catch (ConditionalCheckFailedException notExpected) {
                return wroteIt(writeId);
            }
        });
    }

    @Override
    public String describe() {
        return "dynamodb table " + table;
    }

    @Override
    public void close() {
        client.close();
    }

    private Optional<Map<String, AttributeValue>> item() {
        GetItemResponse response = client.getItem(b -> b.tableName(table).key(SealItem.key()).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /**
     * After a failed condition: whether the item holds this call's own write after all (an earlier
     * attempt of the same call went through, its answer was lost, and the SDK retried).
     */
    private boolean wroteIt(String writeId) {
        return item().flatMap(SealItem::writeId).filter(writeId::equals).isPresent();
    }

    private static String writeId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw Failures.of(operation, table, e);
        }
    }
}
