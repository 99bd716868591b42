package io.containment.plugins.slashing.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The item operations the store uses, on one table; every read is strongly consistent. SDK
 * failures propagate as {@code SdkException}s (the store turns them into
 * {@code StoreUnavailableException}s); a failed condition is an answer, not a failure.
 */
final class Table {
    private final DynamoDbClient client;
    private final String name;

    Table(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
    }

    String name() {
        return name;
    }

    DynamoDbClient client() {
        return client;
    }

    Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        GetItemResponse response = client.getItem(b -> b.tableName(name).key(Items.key(pk, sk)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** Every item of a partition. */
    List<Map<String, AttributeValue>> partition(String pk) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(name).consistentRead(true)
                    .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", Items.PK))
                    .expressionAttributeValues(Map.of(":pk", Items.s(pk)));
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse response = client.query(request.build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** Every item of the table (export, prune). */
    List<Map<String, AttributeValue>> scan() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(name).consistentRead(true);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse response = client.scan(request.build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** Adds the record's element to its item's set (creating the item); idempotent. */
    void add(String pk, RecordWrite write) {
        client.updateItem(b -> b.tableName(name).key(Items.key(pk, write.sortKey()))
                .updateExpression("ADD #set :element")
                .expressionAttributeNames(Map.of("#set", write.attribute()))
                .expressionAttributeValues(Map.of(":element", AttributeValue.fromSs(List.of(write.element())))));
    }

    /** Adds elements to a set attribute of an item (creating it); idempotent. */
    void addAll(String pk, String sk, String attribute, List<String> elements) {
        client.updateItem(b -> b.tableName(name).key(Items.key(pk, sk)).updateExpression("ADD #set :elements")
                .expressionAttributeNames(Map.of("#set", attribute))
                .expressionAttributeValues(Map.of(":elements", AttributeValue.fromSs(elements))));
    }

    /**
     * Updates the validator's head if its version is still {@code expected} (0: the head does not
     * exist), raising the version by one.
     *
     * @param set    attribute name → value to set
     * @param remove attributes to remove
     * @return whether the head was updated (false: someone else changed it first)
     */
    boolean commitHead(String pk, long expected, Map<String, AttributeValue> set, List<String> remove) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder expression = new StringBuilder("SET #version = :next");
        names.put("#version", Head.VERSION);
        values.put(":next", Items.n(expected + 1));
        int i = 0;
        for (Map.Entry<String, AttributeValue> attribute : set.entrySet()) {
            expression.append(", #s").append(i).append(" = :s").append(i);
            names.put("#s" + i, attribute.getKey());
            values.put(":s" + i, attribute.getValue());
            i++;
        }
        if (!remove.isEmpty()) {
            expression.append(" REMOVE ");
            for (int r = 0; r < remove.size(); r++) {
                expression.append(r == 0 ? "" : ", ").append("#r").append(r);
                names.put("#r" + r, remove.get(r));
            }
        }
        String condition;
        if (expected == 0) {
            condition = "attribute_not_exists(#version)";
        } else {
            condition = "#version = :expected";
            values.put(":expected", Items.n(expected));
        }
        try {
            client.updateItem(b -> b.tableName(name).key(Items.key(pk, Items.HEAD)).updateExpression(expression.toString())
                    .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        }
    }

    void put(Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(name).item(item));
    }

    void delete(String pk, String sk) {
        client.deleteItem(b -> b.tableName(name).key(Items.key(pk, sk)));
    }
}
