package io.containment.runtime.signing.root;

import io.containment.api.consensus.Version;

/** The consensus specs' DomainType constants (4 bytes), one per kind of signed message. */
public enum DomainType {
    BEACON_PROPOSER(0x00000000),
    BEACON_ATTESTER(0x01000000),
    RANDAO(0x02000000),
    DEPOSIT(0x03000000),
    VOLUNTARY_EXIT(0x04000000),
    SELECTION_PROOF(0x05000000),
    AGGREGATE_AND_PROOF(0x06000000),
    SYNC_COMMITTEE(0x07000000),
    SYNC_COMMITTEE_SELECTION_PROOF(0x08000000),
    CONTRIBUTION_AND_PROOF(0x09000000),
    /** DOMAIN_APPLICATION_BUILDER of the builder specs: DOMAIN_APPLICATION_MASK. */
    APPLICATION_BUILDER(0x00000001);

    private final int value;

    DomainType(int value) {
        this.value = value;
    }

    /** The four bytes, as written in the specs (e.g. {@code 0x01000000} for DOMAIN_BEACON_ATTESTER). */
    public byte[] bytes() {
        return Version.of(value).bytes();
    }
}
