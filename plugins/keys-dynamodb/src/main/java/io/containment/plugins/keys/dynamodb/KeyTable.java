package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The DynamoDB calls of the key source: a strongly consistent scan of the active items, and the
 * two conditional writes (activate, deactivate). SDK exceptions pass through; the source turns
 * them into problems or {@code KeyStorageException}s.
 */
final class KeyTable {
    private static final Map<String, String> NAMES = Map.of("#pubkey", KeyItem.PUBKEY, "#status", KeyItem.STATUS,
            "#format", KeyItem.FORMAT, "#nonce", KeyItem.NONCE, "#ciphertext", KeyItem.CIPHERTEXT,
            "#revision", KeyItem.REVISION, "#updated", KeyItem.UPDATED_AT, "#path", KeyItem.DERIVATION_PATH);
    /** Items read per scan page at most (DynamoDB also ends a page at 1 MB). */
    static final int PAGE_SIZE = 1000;
    private final DynamoDbClient client;
    private final String name;
    private final Clock clock;
    private final int pageSize;

    KeyTable(DynamoDbClient client, String name, Clock clock) {
        this(client, name, clock, PAGE_SIZE);
    }

    /** With {@code pageSize} items per scan page (tests use small pages to cross page boundaries). */
    KeyTable(DynamoDbClient client, String name, Clock clock, int pageSize) {
        this.client = client;
        this.name = name;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    String name() {
        return name;
    }

    DynamoDbClient client() {
        return client;
    }

    /** The active items and one line per active item that cannot be read. */
    record Scan(List<KeyItem> items, List<String> problems) {
    }

    /** Every active item, read page by page with strongly consistent reads. */
    Scan scanActive() {
        ScanRequest request = ScanRequest.builder().tableName(name).consistentRead(true).limit(pageSize)
                .filterExpression("#status = :active")
                .expressionAttributeNames(Map.of("#status", KeyItem.STATUS))
                .expressionAttributeValues(Map.of(":active", AttributeValue.fromS(KeyItem.Status.ACTIVE.wire())))
                .build();
        List<KeyItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map<String, AttributeValue> item : client.scanPaginator(request).items()) {
            try {
                items.add(KeyItem.parse(item));
            } catch (ItemException e) {
                problems.add(e.getMessage());
            }
        }
        return new Scan(List.copyOf(items), List.copyOf(problems));
    }

    /**
     * Writes the item of {@code publicKey} as active with this material: creates it, or reactivates
     * an inactive one (its revision grows).
     *
     * @return the item as written, or empty when an active item for the key exists already (nothing written)
     */
    Optional<KeyItem> activate(BlsPublicKey publicKey, KeyEncryption.Sealed sealed, Optional<String> derivationPath) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":active", AttributeValue.fromS(KeyItem.Status.ACTIVE.wire()));
        values.put(":inactive", AttributeValue.fromS(KeyItem.Status.INACTIVE.wire()));
        values.put(":format", AttributeValue.fromN(Integer.toString(KeyEncryption.FORMAT)));
        values.put(":nonce", AttributeValue.fromB(SdkBytes.fromByteArray(sealed.nonce())));
        values.put(":ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(sealed.ciphertext())));
        values.put(":now", AttributeValue.fromS(clock.instant().toString()));
        values.put(":one", AttributeValue.fromN("1"));
        String set = "SET #status = :active, #format = :format, #nonce = :nonce, #ciphertext = :ciphertext, #updated = :now";
        derivationPath.ifPresent(path -> values.put(":path", AttributeValue.fromS(path)));
        String update = set + (derivationPath.isPresent() ? ", #path = :path" : " REMOVE #path") + " ADD #revision :one";
        try {
            UpdateItemResponse response = client.updateItem(b -> b.tableName(name).key(KeyItem.key(publicKey))
                    .updateExpression(update)
                    .conditionExpression("attribute_not_exists(#pubkey) OR #status = :inactive")
                    .expressionAttributeNames(NAMES).expressionAttributeValues(values)
                    .returnValues(ReturnValue.UPDATED_NEW));
            long revision = Long.parseLong(response.attributes().get(KeyItem.REVISION).n());
            return Optional.of(new KeyItem(publicKey, KeyItem.Status.ACTIVE, KeyEncryption.FORMAT, sealed.nonce(),
                    sealed.ciphertext(), revision, derivationPath));
        } catch (ConditionalCheckFailedException alreadyActive) {
            return Optional.empty();
        }
    }

    /**
     * Sets the item of {@code publicKey} inactive (its revision grows); the encrypted secret stays in it.
     *
     * @return whether it was active
     */
    boolean deactivate(BlsPublicKey publicKey) {
        try {
            client.updateItem(b -> b.tableName(name).key(KeyItem.key(publicKey))
                    .updateExpression("SET #status = :inactive, #updated = :now ADD #revision :one")
                    .conditionExpression("#status = :active")
                    .expressionAttributeNames(Map.of("#status", KeyItem.STATUS, "#updated", KeyItem.UPDATED_AT,
                            "#revision", KeyItem.REVISION))
                    .expressionAttributeValues(Map.of(":active", AttributeValue.fromS(KeyItem.Status.ACTIVE.wire()),
                            ":inactive", AttributeValue.fromS(KeyItem.Status.INACTIVE.wire()),
                            ":now", AttributeValue.fromS(clock.instant().toString()), ":one", AttributeValue.fromN("1"))));
            return true;
        } catch (ConditionalCheckFailedException notActive) {
            return false;
        }
    }
}
