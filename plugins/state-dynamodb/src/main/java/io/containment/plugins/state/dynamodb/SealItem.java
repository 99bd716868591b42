package io.containment.plugins.state.dynamodb;

import io.containment.api.plugin.PluginException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one item of the table: key {@code id = seal_record}; {@code record} (S, the opaque seal
 * record; left out when the record is the empty string, which not every DynamoDB accepts),
 * {@code revision} (N, 1 at create, +1 per replace) and {@code write_id} (S, a random id per write,
 * so that a write whose answer was lost and that the SDK retried can tell it went through).
 */
final class SealItem {
    static final String ID = "id";
    static final String SEAL_RECORD = "seal_record";
    static final String RECORD = "record";
    static final String REVISION = "revision";
    static final String WRITE_ID = "write_id";

    private SealItem() {
    }

    static Map<String, AttributeValue> key() {
        return Map.of(ID, AttributeValue.fromS(SEAL_RECORD));
    }

    /** The first revision of the item holding {@code record}. */
    static Map<String, AttributeValue> created(String record, String writeId) {
        Map<String, AttributeValue> item = new HashMap<>(key());
        if (!record.isEmpty()) {
            item.put(RECORD, AttributeValue.fromS(record));
        }
        item.put(REVISION, AttributeValue.fromN("1"));
        item.put(WRITE_ID, AttributeValue.fromS(writeId));
        return item;
    }

    /** The record an existing item holds. */
    static String record(Map<String, AttributeValue> item, String table) {
        AttributeValue record = item.get(RECORD);
        if (record == null) {
            return "";
        }
        if (record.s() == null) {
            throw new PluginException("the seal_record item of DynamoDB table " + table + " holds a record that is not a string");
        }
        return record.s();
    }

    static Optional<String> writeId(Map<String, AttributeValue> item) {
        AttributeValue writeId = item.get(WRITE_ID);
        return writeId == null ? Optional.empty() : Optional.ofNullable(writeId.s());
    }
}
