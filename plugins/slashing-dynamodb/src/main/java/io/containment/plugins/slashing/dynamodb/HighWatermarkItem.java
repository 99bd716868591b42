package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.HighWatermark;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The {@code meta} / {@code high_watermark} item: absent when no high watermark is set. */
final class HighWatermarkItem {
    private static final String SLOT = "slot";
    private static final String EPOCH = "epoch";

    private final Table table;

    HighWatermarkItem(Table table) {
        this.table = table;
    }

    Optional<HighWatermark> get() {
        return table.get(Items.META, Items.HIGH_WATERMARK).map(item ->
                new HighWatermark(new Slot(Items.unsigned(item.get(SLOT))), new Epoch(Items.unsigned(item.get(EPOCH)))));
    }

    void set(Optional<HighWatermark> highWatermark) {
        if (highWatermark.isEmpty()) {
            table.delete(Items.META, Items.HIGH_WATERMARK);
            return;
        }
        Map<String, AttributeValue> item = new HashMap<>(Items.key(Items.META, Items.HIGH_WATERMARK));
        item.put(SLOT, Items.n(highWatermark.get().slot().value()));
        item.put(EPOCH, Items.n(highWatermark.get().epoch().value()));
        table.put(item);
    }
}
