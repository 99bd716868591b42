package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.Objects;

/** The Altair {@code SyncAggregate} container (sync_committee_bits: Bitvector[SYNC_COMMITTEE_SIZE]). */
public record SyncAggregate(Bitvector syncCommitteeBits, BlsSignature syncCommitteeSignature) {
    /** The length of sync_committee_bits. */
    public static final int SYNC_COMMITTEE_BITS = Preset.SYNC_COMMITTEE_SIZE;

    public SyncAggregate {
        Objects.requireNonNull(syncCommitteeBits, "sync_committee_bits");
        if (syncCommitteeBits.length() != SYNC_COMMITTEE_BITS) {
            throw new IllegalArgumentException("sync_committee_bits must be a Bitvector[" + SYNC_COMMITTEE_BITS + "]");
        }
        Objects.requireNonNull(syncCommitteeSignature, "sync_committee_signature");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(2).root(syncCommitteeBits.hashTreeRoot()).signature(syncCommitteeSignature).containerRoot();
    }
}
