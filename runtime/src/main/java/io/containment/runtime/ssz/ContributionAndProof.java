package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The Altair {@code ContributionAndProof} container.
 *
 * @param aggregatorIndex an unsigned 64-bit integer
 */
public record ContributionAndProof(long aggregatorIndex, SyncCommitteeContribution contribution,
                                   BlsSignature selectionProof) {
    public ContributionAndProof {
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(selectionProof, "selection_proof");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(3)
                .uint64(aggregatorIndex)
                .root(contribution.hashTreeRoot())
                .signature(selectionProof)
                .containerRoot();
    }
}
