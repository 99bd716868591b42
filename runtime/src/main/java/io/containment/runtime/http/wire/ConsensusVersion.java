package io.containment.runtime.http.wire;

/** The fork a versioned payload (BLOCK_V2, AGGREGATE_AND_PROOF_V2) is written for; the wire's {@code version}. */
public enum ConsensusVersion {
    PHASE0,
    ALTAIR,
    BELLATRIX,
    CAPELLA,
    DENEB,
    ELECTRA,
    FULU;

    /** True when this version is {@code other} or a later one. */
    public boolean isAtLeast(ConsensusVersion other) {
        return compareTo(other) >= 0;
    }
}
