package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.LowWatermarks;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A validator's {@code head} item: every change of the validator's state (a new record, the
 * enabled flag, the low watermarks) raises {@code version} with a conditional write, so two
 * writers that read the same version cannot both commit. {@code pending} is the last record
 * committed through the head; it counts as recorded from that moment, and the next writer copies
 * it into its record item before committing (see {@link ValidatorPartition}).
 *
 * @param version 0 when the item does not exist yet
 */
record Head(long version, boolean enabled, LowWatermarks lowWatermarks, Optional<String> pending) {
    static final String VERSION = "version";
    static final String ENABLED = "enabled";
    static final String LOW_SLOT = "low_slot";
    static final String LOW_SOURCE = "low_source";
    static final String LOW_TARGET = "low_target";
    static final String PENDING = "pending";

    static final Head NONE = new Head(0, true, LowWatermarks.NONE, Optional.empty());

    static Head of(Map<String, AttributeValue> item) {
        long version = item.containsKey(VERSION) ? Items.unsigned(item.get(VERSION)) : 0;
        boolean enabled = !item.containsKey(ENABLED) || Boolean.TRUE.equals(item.get(ENABLED).bool());
        LowWatermarks watermarks = new LowWatermarks(
                Optional.ofNullable(item.get(LOW_SLOT)).map(v -> new Slot(Items.unsigned(v))),
                Optional.ofNullable(item.get(LOW_SOURCE)).map(v -> new Epoch(Items.unsigned(v))),
                Optional.ofNullable(item.get(LOW_TARGET)).map(v -> new Epoch(Items.unsigned(v))));
        return new Head(version, enabled, watermarks, Optional.ofNullable(item.get(PENDING)).map(AttributeValue::s));
    }

    boolean exists() {
        return version != 0;
    }
}
