package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;

/**
 * The Altair {@code BeaconBlock} container.
 *
 * @param proposerIndex the proposer's validator index, an unsigned 64-bit integer
 */
public record BeaconBlockAltair(Slot slot, long proposerIndex, Root parentRoot, Root stateRoot,
                                BeaconBlockBodyAltair body) {
    public BeaconBlockAltair {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(parentRoot, "parent_root");
        Objects.requireNonNull(stateRoot, "state_root");
        Objects.requireNonNull(body, "body");
    }

    /** The header of this block: the same fields with the body replaced by its root. */
    public BeaconBlockHeader header() {
        return new BeaconBlockHeader(slot, proposerIndex, parentRoot, stateRoot, body.hashTreeRoot());
    }

    /** hash_tree_root of this container (equal to that of its header). */
    public Root hashTreeRoot() {
        return header().hashTreeRoot();
    }
}
