package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import java.util.Objects;

/** The {@code ProposerSlashing} container: two signed headers for one slot. */
public record ProposerSlashing(SignedBeaconBlockHeader signedHeader1, SignedBeaconBlockHeader signedHeader2) {
    public ProposerSlashing {
        Objects.requireNonNull(signedHeader1, "signed_header_1");
        Objects.requireNonNull(signedHeader2, "signed_header_2");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).root(signedHeader1.hashTreeRoot()).root(signedHeader2.hashTreeRoot()).containerRoot();
    }
}
