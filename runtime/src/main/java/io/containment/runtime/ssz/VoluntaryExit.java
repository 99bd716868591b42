package io.containment.runtime.ssz;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The {@code VoluntaryExit} container.
 *
 * @param epoch the earliest epoch the exit may be processed
 * @param validatorIndex an unsigned 64-bit integer
 */
public record VoluntaryExit(Epoch epoch, long validatorIndex) {
    public VoluntaryExit {
        Objects.requireNonNull(epoch, "epoch");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).uint64(epoch.value()).uint64(validatorIndex).containerRoot();
    }
}
