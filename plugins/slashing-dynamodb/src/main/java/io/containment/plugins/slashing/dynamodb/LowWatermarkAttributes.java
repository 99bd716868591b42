package io.containment.plugins.slashing.dynamodb;

import io.containment.api.slashing.LowWatermarks;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Low watermarks as head attributes to set (only those present: watermarks never fall). */
final class LowWatermarkAttributes {
    private LowWatermarkAttributes() {
    }

    static Map<String, AttributeValue> of(LowWatermarks watermarks) {
        Map<String, AttributeValue> set = new HashMap<>();
        watermarks.blockSlot().ifPresent(slot -> set.put(Head.LOW_SLOT, Items.n(slot.value())));
        watermarks.attestationSource().ifPresent(source -> set.put(Head.LOW_SOURCE, Items.n(source.value())));
        watermarks.attestationTarget().ifPresent(target -> set.put(Head.LOW_TARGET, Items.n(target.value())));
        return set;
    }
}
