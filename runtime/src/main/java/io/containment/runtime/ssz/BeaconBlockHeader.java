package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;

/**
 * The {@code BeaconBlockHeader} container; its root equals the root of the block it summarises.
 *
 * @param proposerIndex the proposer's validator index, an unsigned 64-bit integer
 */
public record BeaconBlockHeader(Slot slot, long proposerIndex, Root parentRoot, Root stateRoot, Root bodyRoot) {
    public BeaconBlockHeader {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(parentRoot, "parent_root");
        Objects.requireNonNull(stateRoot, "state_root");
        Objects.requireNonNull(bodyRoot, "body_root");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(5)
                .uint64(slot.value())
                .uint64(proposerIndex)
                .root(parentRoot)
                .root(stateRoot)
                .root(bodyRoot)
                .containerRoot();
    }
}
