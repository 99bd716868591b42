package io.containment.runtime.ssz;

/** The mainnet preset's list and vector sizes used by the containers we hash. */
public final class Preset {
    /** MAX_VALIDATORS_PER_COMMITTEE. */
    public static final int MAX_VALIDATORS_PER_COMMITTEE = 2048;
    /** MAX_COMMITTEES_PER_SLOT. */
    public static final int MAX_COMMITTEES_PER_SLOT = 64;
    /** MAX_PROPOSER_SLASHINGS. */
    public static final int MAX_PROPOSER_SLASHINGS = 16;
    /** MAX_ATTESTER_SLASHINGS (phase0 to Deneb). */
    public static final int MAX_ATTESTER_SLASHINGS = 2;
    /** MAX_ATTESTATIONS (phase0 to Deneb). */
    public static final int MAX_ATTESTATIONS = 128;
    /** MAX_DEPOSITS. */
    public static final int MAX_DEPOSITS = 16;
    /** MAX_VOLUNTARY_EXITS. */
    public static final int MAX_VOLUNTARY_EXITS = 16;
    /** DEPOSIT_CONTRACT_TREE_DEPTH. */
    public static final int DEPOSIT_CONTRACT_TREE_DEPTH = 32;
    /** SYNC_COMMITTEE_SIZE. */
    public static final int SYNC_COMMITTEE_SIZE = 512;
    /** SYNC_COMMITTEE_SUBNET_COUNT. */
    public static final int SYNC_COMMITTEE_SUBNET_COUNT = 4;

    /** Electra's bound on attesters of one attestation: MAX_VALIDATORS_PER_COMMITTEE * MAX_COMMITTEES_PER_SLOT. */
    public static final int MAX_ELECTRA_ATTESTERS = MAX_VALIDATORS_PER_COMMITTEE * MAX_COMMITTEES_PER_SLOT;
    /** Bits of a SyncCommitteeContribution: SYNC_COMMITTEE_SIZE / SYNC_COMMITTEE_SUBNET_COUNT. */
    public static final int SYNC_SUBCOMMITTEE_SIZE = SYNC_COMMITTEE_SIZE / SYNC_COMMITTEE_SUBNET_COUNT;

    private Preset() {
    }
}
