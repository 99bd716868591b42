package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Objects;

/** The {@code SignedBeaconBlockHeader} container. */
public record SignedBeaconBlockHeader(BeaconBlockHeader message, BlsSignature signature) {
    public SignedBeaconBlockHeader {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).root(message.hashTreeRoot()).signature(signature).containerRoot();
    }
}
