package io.containment.plugins.slashing.sql;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.LowWatermarks;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorRecords;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One validator's history in a store's tables, as the shared rules read it; a validator without a row has none. */
public final class TableRecords implements ValidatorRecords<SQLException> {
    /** Whether the validator may sign, as its store keeps that. */
    public interface Enabled {
        boolean get() throws SQLException;
    }

    private final SlashingTables tables;
    private final OptionalLong validatorId;
    private final Enabled enabled;

    /**
     * The records of the validator with this id; with none, it has no row (never seen), so no
     * records and enabled, whatever {@code enabled} would say.
     */
    public TableRecords(SlashingTables tables, OptionalLong validatorId, Enabled enabled) {
        this.tables = tables;
        this.validatorId = validatorId;
        this.enabled = enabled;
    }

    @Override
    public boolean enabled() throws SQLException {
        return validatorId.isEmpty() || enabled.get();
    }

    @Override
    public List<SignedBlock> blocksAt(Slot slot) throws SQLException {
        return validatorId.isEmpty() ? List.of() : tables.blocks().at(validatorId.getAsLong(), slot);
    }

    @Override
    public List<SignedAttestation> attestationsWithTarget(Epoch target) throws SQLException {
        return validatorId.isEmpty() ? List.of() : tables.attestations().withTarget(validatorId.getAsLong(), target);
    }

    @Override
    public Optional<SignedAttestation> surrounding(Epoch source, Epoch target) throws SQLException {
        return validatorId.isEmpty() ? Optional.empty()
                : tables.attestations().surrounding(validatorId.getAsLong(), source, target);
    }

    @Override
    public Optional<SignedAttestation> surroundedBy(Epoch source, Epoch target) throws SQLException {
        return validatorId.isEmpty() ? Optional.empty()
                : tables.attestations().surroundedBy(validatorId.getAsLong(), source, target);
    }

    @Override
    public LowWatermarks lowWatermarks() throws SQLException {
        return validatorId.isEmpty() ? LowWatermarks.NONE : tables.lowWatermarks().of(validatorId.getAsLong());
    }
}
