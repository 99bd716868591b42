package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;

/**
 * The {@code AttestationData} container.
 *
 * @param index the committee index, an unsigned 64-bit integer (zero from Electra on)
 */
public record AttestationData(Slot slot, long index, Root beaconBlockRoot, Checkpoint source, Checkpoint target) {
    public AttestationData {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(beaconBlockRoot, "beacon_block_root");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(5)
                .uint64(slot.value())
                .uint64(index)
                .root(beaconBlockRoot)
                .root(source.hashTreeRoot())
                .root(target.hashTreeRoot())
                .containerRoot();
    }
}
