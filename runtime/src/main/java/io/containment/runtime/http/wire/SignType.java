package io.containment.runtime.http.wire;

/** The {@code type} of a signing request: what is being signed. */
public enum SignType {
    BLOCK,
    BLOCK_V2,
    ATTESTATION,
    AGGREGATION_SLOT,
    AGGREGATE_AND_PROOF,
    AGGREGATE_AND_PROOF_V2,
    RANDAO_REVEAL,
    VOLUNTARY_EXIT,
    DEPOSIT,
    SYNC_COMMITTEE_MESSAGE,
    SYNC_COMMITTEE_SELECTION_PROOF,
    SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF,
    VALIDATOR_REGISTRATION
}
