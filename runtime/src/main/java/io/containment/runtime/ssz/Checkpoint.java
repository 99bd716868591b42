package io.containment.runtime.ssz;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import java.util.Objects;

/** The {@code Checkpoint} container: an epoch and the root of its boundary block. */
public record Checkpoint(Epoch epoch, Root root) {
    public Checkpoint {
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(root, "root");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).uint64(epoch.value()).root(root).containerRoot();
    }
}
