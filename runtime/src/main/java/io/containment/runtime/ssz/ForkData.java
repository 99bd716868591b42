package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import java.util.Objects;

/** The {@code ForkData} container; its root is compute_fork_data_root. */
public record ForkData(Version currentVersion, Root genesisValidatorsRoot) {
    public ForkData {
        Objects.requireNonNull(currentVersion, "current_version");
        Objects.requireNonNull(genesisValidatorsRoot, "genesis_validators_root");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).version(currentVersion).root(genesisValidatorsRoot).containerRoot();
    }
}
