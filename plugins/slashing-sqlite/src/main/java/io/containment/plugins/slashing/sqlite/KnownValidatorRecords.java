package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.LowWatermarks;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorRecords;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A known validator's history for the shared rules: a question whose answer the highest recorded
 * values already give ("nothing there") is answered from them, any other one by SQL, so the
 * verdict is the one the SQL records alone would give.
 */
final class KnownValidatorRecords implements ValidatorRecords<SQLException> {
    private final KnownValidators.Known known;
    private final Connection connection;
    /** The SQL records, made when first asked (most verdicts need none). */
    private ValidatorRecords<SQLException> sql;

    KnownValidatorRecords(Connection connection, KnownValidators.Known known) {
        this.connection = connection;
        this.known = known;
    }

    private ValidatorRecords<SQLException> sql() {
        if (sql == null) {
            sql = SqliteSlashingStore.rowRecords(connection, Optional.of(new Validators.Row(known.id, known.enabled)));
        }
        return sql;
    }

    @Override
    public boolean enabled() {
        return known.enabled;
    }

    @Override
    public List<SignedBlock> blocksAt(Slot slot) throws SQLException {
        return known.noBlockAt(slot) ? List.of() : sql().blocksAt(slot);
    }

    @Override
    public List<SignedAttestation> attestationsWithTarget(Epoch target) throws SQLException {
        return known.noTargetAt(target) ? List.of() : sql().attestationsWithTarget(target);
    }

    @Override
    public Optional<SignedAttestation> surrounding(Epoch source, Epoch target) throws SQLException {
        return known.noTargetAfter(target) ? Optional.empty() : sql().surrounding(source, target);
    }

    @Override
    public Optional<SignedAttestation> surroundedBy(Epoch source, Epoch target) throws SQLException {
        return known.noSourceAfter(source) ? Optional.empty() : sql().surroundedBy(source, target);
    }

    @Override
    public LowWatermarks lowWatermarks() {
        return known.lowWatermarks;
    }
}
