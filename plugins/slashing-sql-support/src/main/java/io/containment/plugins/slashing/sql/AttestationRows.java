package io.containment.plugins.slashing.sql;

import io.containment.api.consensus.Epoch;
import io.containment.api.slashing.SignedAttestation;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** A store's table of signed (or imported) attestations, by validator id. */
public interface AttestationRows {
    /** How many records a query matched and their highest source and target epochs (each on its own). */
    record Maxima(long count, Optional<Epoch> source, Optional<Epoch> target) {
    }

    /** The validator's records with this target. */
    List<SignedAttestation> withTarget(long validatorId, Epoch target) throws SQLException;

    /** A recorded vote that surrounds (source, target): earlier source and later target. */
    Optional<SignedAttestation> surrounding(long validatorId, Epoch source, Epoch target) throws SQLException;

    /** A recorded vote surrounded by (source, target): later source and earlier target. */
    Optional<SignedAttestation> surroundedBy(long validatorId, Epoch source, Epoch target) throws SQLException;

    /** All the validator's records, by source then target. */
    List<SignedAttestation> of(long validatorId) throws SQLException;

    /** The validator's highest recorded source and target epochs. */
    Maxima highest(long validatorId) throws SQLException;

    /** Adds the record unless an identical one (same epochs and root, or both unknown) is there. */
    boolean addIfAbsent(long validatorId, SignedAttestation attestation) throws SQLException;

    /** Deletes the validator's records with a target below the cutoff, answering what they were. */
    Maxima deleteBelow(long validatorId, Epoch cutoff) throws SQLException;
}
