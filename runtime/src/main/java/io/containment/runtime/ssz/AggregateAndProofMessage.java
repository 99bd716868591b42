package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;

/** An {@code AggregateAndProof} of any fork: the phase0 container or the Electra one. */
public sealed interface AggregateAndProofMessage permits AggregateAndProof, AggregateAndProofElectra {
    /** The aggregator's validator index, an unsigned 64-bit integer. */
    long aggregatorIndex();

    /** The data of the aggregate attestation. */
    AttestationData aggregateData();

    /** The aggregator's selection proof. */
    BlsSignature selectionProof();

    /** hash_tree_root of the container. */
    Root hashTreeRoot();
}
