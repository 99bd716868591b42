package io.containment.plugins.slashing.dynamodb;

import io.containment.api.slashing.LowWatermarks;
import io.containment.api.slashing.PrunedRecords;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Low watermarks as head attributes to set (only those present: watermarks never fall). */
final class LowWatermarkAttributes {
    private LowWatermarkAttributes() {
    }

    /** Each watermark the higher of the two (a pair of attestation watermarks as a pair). */
    static LowWatermarks higher(LowWatermarks first, LowWatermarks second) {
        return first.afterPrune(new PrunedRecords(0, 0, second.blockSlot(), second.attestationSource(),
                second.attestationTarget()));
    }

    static Map<String, AttributeValue> of(LowWatermarks watermarks) {
        Map<String, AttributeValue> set = new HashMap<>();
        watermarks.blockSlot().ifPresent(slot -> set.put(Head.LOW_SLOT, Items.n(slot.value())));
        watermarks.attestationSource().ifPresent(source -> set.put(Head.LOW_SOURCE, Items.n(source.value())));
        watermarks.attestationTarget().ifPresent(target -> set.put(Head.LOW_TARGET, Items.n(target.value())));
        return set;
    }
}
