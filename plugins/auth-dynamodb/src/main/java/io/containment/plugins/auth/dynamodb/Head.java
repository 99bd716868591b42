package io.containment.plugins.auth.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The head item: the revision of the last committed write and, until that write's items are all
 * applied, those items ({@code pending}).
 */
record Head(long revision, List<Map<String, AttributeValue>> pending) {
    static final String REVISION = "revision";
    static final String PENDING = "pending";
    static final String SCHEMA = "schema";
    static final int SCHEMA_VERSION = 1;

    Head {
        pending = List.copyOf(pending);
    }

    static Head of(Map<String, AttributeValue> item) {
        AttributeValue pending = item.get(PENDING);
        return new Head(Items.number(item, REVISION),
                pending == null ? List.of() : pending.l().stream().map(AttributeValue::m).toList());
    }

    boolean settled() {
        return pending.isEmpty();
    }
}
