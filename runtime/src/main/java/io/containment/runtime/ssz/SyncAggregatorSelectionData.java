package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;

/**
 * The Altair {@code SyncAggregatorSelectionData} container.
 *
 * @param subcommitteeIndex an unsigned 64-bit integer
 */
public record SyncAggregatorSelectionData(Slot slot, long subcommitteeIndex) {
    public SyncAggregatorSelectionData {
        Objects.requireNonNull(slot, "slot");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).uint64(slot.value()).uint64(subcommitteeIndex).containerRoot();
    }
}
