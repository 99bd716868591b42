package io.containment.plugins.dynamodb.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The primary key a plugin's table has: a string partition key and, optionally, a string sort key.
 *
 * @param partitionKey the partition (HASH) key attribute
 * @param sortKey      the sort (RANGE) key attribute, if the table has one
 */
public record TableKeys(String partitionKey, Optional<String> sortKey) {
    /** A table with partition key {@code partitionKey} (string) and sort key {@code sortKey} (string). */
    public static TableKeys of(String partitionKey, String sortKey) {
        return new TableKeys(partitionKey, Optional.of(sortKey));
    }

    /** A table with only a partition key (string). */
    public static TableKeys partitionOnly(String partitionKey) {
        return new TableKeys(partitionKey, Optional.empty());
    }

    /** Attribute name → key type, as a table description's key schema reads. */
    Map<String, KeyType> schema() {
        Map<String, KeyType> schema = new LinkedHashMap<>();
        schema.put(partitionKey, KeyType.HASH);
        sortKey.ifPresent(sk -> schema.put(sk, KeyType.RANGE));
        return schema;
    }

    List<KeySchemaElement> keySchema() {
        List<KeySchemaElement> elements = new ArrayList<>();
        schema().forEach((name, type) -> elements.add(KeySchemaElement.builder().attributeName(name).keyType(type).build()));
        return elements;
    }

    List<AttributeDefinition> attributeDefinitions() {
        return schema().keySet().stream()
                .map(name -> AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build())
                .toList();
    }

    /** e.g. "partition key pk (string) and sort key sk (string)". */
    String describe() {
        return "partition key " + partitionKey + " (string)" + sortKey.map(sk -> " and sort key " + sk + " (string)").orElse("");
    }
}
