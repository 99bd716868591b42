package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The Electra {@code AggregateAndProof} container (also used by Fulu).
 *
 * @param aggregatorIndex an unsigned 64-bit integer
 */
public record AggregateAndProofElectra(long aggregatorIndex, AttestationElectra aggregate, BlsSignature selectionProof)
        implements AggregateAndProofMessage {
    public AggregateAndProofElectra {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(selectionProof, "selection_proof");
    }

    @Override
    public AttestationData aggregateData() {
        return aggregate.data();
    }

    /** hash_tree_root of this container. */
    @Override
    public Root hashTreeRoot() {
        return new Chunks(3).uint64(aggregatorIndex).root(aggregate.hashTreeRoot()).signature(selectionProof)
                .containerRoot();
    }
}
