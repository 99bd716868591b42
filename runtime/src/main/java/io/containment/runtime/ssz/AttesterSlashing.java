package io.containment.runtime.ssz;

import io.containment.api.consensus.Root;
import java.util.Objects;

/** The phase0 {@code AttesterSlashing} container: two conflicting indexed attestations. */
public record AttesterSlashing(IndexedAttestation attestation1, IndexedAttestation attestation2) {
    public AttesterSlashing {
        Objects.requireNonNull(attestation1, "attestation_1");
        Objects.requireNonNull(attestation2, "attestation_2");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).root(attestation1.hashTreeRoot()).root(attestation2.hashTreeRoot()).containerRoot();
    }
}
