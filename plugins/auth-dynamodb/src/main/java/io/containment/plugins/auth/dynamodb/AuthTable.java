package io.containment.plugins.auth.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads and the commit protocol on the table. A write is committed by one conditional update of
 * the head (revision {@code r} → {@code r + 1}, only if the head is still at {@code r} and holds no
 * pending write) that also stores the write's items; they are then put, each only over an older
 * revision of itself, and the pending mark is cleared. Whoever finds a pending write completes it.
 */
final class AuthTable {
    private final DynamoDbClient client;
    private final String name;

    AuthTable(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
    }

    DynamoDbClient client() {
        return client;
    }

    String name() {
        return name;
    }

    /** The item with this sort key, read strongly consistently. */
    Optional<Map<String, AttributeValue>> get(String sk) {
        GetItemResponse response = client.getItem(b -> b.tableName(name).key(Items.key(sk)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    Head head() {
        return Head.of(get(Items.HEAD).orElseThrow(() -> new IllegalStateException("table " + name + " has no head item")));
    }

    /** The head once no write is pending (completing the pending one first). */
    Head settledHead() {
        Head head = head();
        while (!head.settled()) {
            complete(head);
            head = head();
        }
        return head;
    }

    /** Every item whose sort key starts with {@code prefix}, in sort-key order, read strongly consistently. */
    List<Map<String, AttributeValue>> query(String prefix) {
        QueryRequest request = QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Items.PK, "#sk", Items.SK))
                .expressionAttributeValues(Map.of(":pk", Items.s(Items.PARTITION), ":prefix", Items.s(prefix)))
                .build();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.queryPaginator(request).forEach(page -> items.addAll(page.items()));
        return items;
    }

    /**
     * Commits {@code items} as revision {@code revision + 1} if the head is still at
     * {@code revision}, then applies them; false when another write came first (nothing written).
     */
    boolean commit(long revision, List<Map<String, AttributeValue>> items) {
        long next = revision + 1;
        try {
            client.updateItem(b -> b.tableName(name).key(Items.key(Items.HEAD))
                    .updateExpression("SET #revision = :next, #pending = :items")
                    .conditionExpression("#revision = :revision AND attribute_not_exists(#pending)")
                    .expressionAttributeNames(Map.of("#revision", Head.REVISION, "#pending", Head.PENDING))
                    .expressionAttributeValues(Map.of(":next", Items.n(next), ":revision", Items.n(revision),
                            ":items", AttributeValue.fromL(items.stream().map(AttributeValue::fromM).toList()))));
        } catch (ConditionalCheckFailedException anotherWriteCameFirst) {
            return false;
        }
        complete(new Head(next, items));
        return true;
    }

    /** Applies a pending write's items (idempotently, never over a newer revision) and clears the mark. */
    void complete(Head head) {
        for (Map<String, AttributeValue> item : head.pending()) {
            try {
                client.putItem(b -> b.tableName(name).item(item)
                        .conditionExpression("attribute_not_exists(#sk) OR #rev < :rev")
                        .expressionAttributeNames(Map.of("#sk", Items.SK, "#rev", Items.REV))
                        .expressionAttributeValues(Map.of(":rev", Items.n(head.revision()))));
            } catch (ConditionalCheckFailedException alreadyApplied) {
                // another instance applied it (or a later write replaced it)
            }
        }
        try {
            client.updateItem(b -> b.tableName(name).key(Items.key(Items.HEAD)).updateExpression("REMOVE #pending")
                    .conditionExpression("#revision = :revision AND attribute_exists(#pending)")
                    .expressionAttributeNames(Map.of("#revision", Head.REVISION, "#pending", Head.PENDING))
                    .expressionAttributeValues(Map.of(":revision", Items.n(head.revision()))));
        } catch (ConditionalCheckFailedException alreadyCleared) {
            // another instance completed it first
        }
    }
}
