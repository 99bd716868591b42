package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Objects;

/** The phase0 {@code Attestation} container (aggregation_bits: Bitlist[MAX_VALIDATORS_PER_COMMITTEE]). */
public record Attestation(Bitlist aggregationBits, AttestationData data, BlsSignature signature) {
    /** The bit limit of aggregation_bits. */
    public static final int MAX_AGGREGATION_BITS = Preset.MAX_VALIDATORS_PER_COMMITTEE;

    public Attestation {
        Objects.requireNonNull(aggregationBits, "aggregation_bits");
        if (aggregationBits.limit() != MAX_AGGREGATION_BITS) {
            throw new IllegalArgumentException("aggregation_bits must be a Bitlist[" + MAX_AGGREGATION_BITS + "]");
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(3)
                .root(aggregationBits.hashTreeRoot())
                .root(data.hashTreeRoot())
                .signature(signature)
                .containerRoot();
    }
}
