package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Objects;

/**
 * The Electra {@code Attestation} container: aggregation_bits
 * Bitlist[MAX_VALIDATORS_PER_COMMITTEE * MAX_COMMITTEES_PER_SLOT], committee_bits Bitvector[MAX_COMMITTEES_PER_SLOT].
 */
public record AttestationElectra(Bitlist aggregationBits, AttestationData data, BlsSignature signature,
                                 Bitvector committeeBits) {
    /** The bit limit of aggregation_bits. */
    public static final int MAX_AGGREGATION_BITS = Preset.MAX_ELECTRA_ATTESTERS;
    /** The length of committee_bits. */
    public static final int COMMITTEE_BITS = Preset.MAX_COMMITTEES_PER_SLOT;

    public AttestationElectra {
        Objects.requireNonNull(aggregationBits, "aggregation_bits");
        if (aggregationBits.limit() != MAX_AGGREGATION_BITS) {
            throw new IllegalArgumentException("aggregation_bits must be a Bitlist[" + MAX_AGGREGATION_BITS + "]");
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(committeeBits, "committee_bits");
        if (committeeBits.length() != COMMITTEE_BITS) {
            throw new IllegalArgumentException("committee_bits must be a Bitvector[" + COMMITTEE_BITS + "]");
        }
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(4)
                .root(aggregationBits.hashTreeRoot())
                .root(data.hashTreeRoot())
                .signature(signature)
                .root(committeeBits.hashTreeRoot())
                .containerRoot();
    }
}
