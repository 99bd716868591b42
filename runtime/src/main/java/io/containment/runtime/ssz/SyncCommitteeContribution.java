package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;

/**
 * The Altair {@code SyncCommitteeContribution} container
 * (aggregation_bits: Bitvector[SYNC_COMMITTEE_SIZE // SYNC_COMMITTEE_SUBNET_COUNT]).
 *
 * @param subcommitteeIndex an unsigned 64-bit integer
 */
public record SyncCommitteeContribution(Slot slot, Root beaconBlockRoot, long subcommitteeIndex,
                                        Bitvector aggregationBits, BlsSignature signature) {
    /** The length of aggregation_bits. */
    public static final int AGGREGATION_BITS = Preset.SYNC_SUBCOMMITTEE_SIZE;

    public SyncCommitteeContribution {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(beaconBlockRoot, "beacon_block_root");
        Objects.requireNonNull(aggregationBits, "aggregation_bits");
        if (aggregationBits.length() != AGGREGATION_BITS) {
            throw new IllegalArgumentException("aggregation_bits must be a Bitvector[" + AGGREGATION_BITS + "]");
        }
        Objects.requireNonNull(signature, "signature");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(5)
                .uint64(slot.value())
                .root(beaconBlockRoot)
                .uint64(subcommitteeIndex)
                .root(aggregationBits.hashTreeRoot())
                .signature(signature)
                .containerRoot();
    }
}
