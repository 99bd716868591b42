package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The phase0 {@code AggregateAndProof} container (used up to Deneb).
 *
 * @param aggregatorIndex an unsigned 64-bit integer
 */
public record AggregateAndProof(long aggregatorIndex, Attestation aggregate, BlsSignature selectionProof)
        implements AggregateAndProofMessage {
    public AggregateAndProof {
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
