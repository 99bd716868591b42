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
import java.util.OptionalLong;

/** One validator's history in this database, as the shared rules read it; an unknown validator has none. */
final class SqliteValidatorRecords implements ValidatorRecords<SQLException> {
    private final Connection connection;
    private final OptionalLong validatorId;
    private final boolean enabled;

    /** The records of the validator of {@code row} (none when it has no row: never seen, so enabled). */
    SqliteValidatorRecords(Connection connection, Optional<Validators.Row> row) {
        this.connection = connection;
        this.validatorId = row.map(r -> OptionalLong.of(r.id())).orElse(OptionalLong.empty());
        this.enabled = row.map(Validators.Row::enabled).orElse(true);
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public List<SignedBlock> blocksAt(Slot slot) throws SQLException {
        return validatorId.isEmpty() ? List.of() : new SignedBlocks(connection).at(validatorId.getAsLong(), slot);
    }

    @Override
    public List<SignedAttestation> attestationsWithTarget(Epoch target) throws SQLException {
        return validatorId.isEmpty() ? List.of() : new SignedAttestations(connection).withTarget(validatorId.getAsLong(), target);
    }

    @Override
    public Optional<SignedAttestation> surrounding(Epoch source, Epoch target) throws SQLException {
        return validatorId.isEmpty() ? Optional.empty()
                : new SignedAttestations(connection).surrounding(validatorId.getAsLong(), source, target);
    }

    @Override
    public Optional<SignedAttestation> surroundedBy(Epoch source, Epoch target) throws SQLException {
        return validatorId.isEmpty() ? Optional.empty()
                : new SignedAttestations(connection).surroundedBy(validatorId.getAsLong(), source, target);
    }

    @Override
    public LowWatermarks lowWatermarks() throws SQLException {
        return validatorId.isEmpty() ? LowWatermarks.NONE : new LowWatermarkTable(connection).of(validatorId.getAsLong());
    }
}
