package io.containment.plugins.slashing.sql;

import io.containment.api.consensus.Slot;
import io.containment.api.slashing.SignedBlock;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** A store's table of signed (or imported) blocks, by validator id. */
public interface BlockRows {
    /** How many records a delete removed and the highest slot among them. */
    record Deleted(long count, Optional<Slot> highest) {
    }

    /** The validator's records at {@code slot}. */
    List<SignedBlock> at(long validatorId, Slot slot) throws SQLException;

    /** All the validator's records, by slot. */
    List<SignedBlock> of(long validatorId) throws SQLException;

    /** The validator's highest recorded slot. */
    Optional<Slot> highest(long validatorId) throws SQLException;

    /** Adds the record unless an identical one (same slot and root, or both unknown) is there. */
    boolean addIfAbsent(long validatorId, SignedBlock block) throws SQLException;

    /** Deletes the validator's records below the cutoff, answering what they were. */
    Deleted deleteBelow(long validatorId, Slot cutoff) throws SQLException;
}
