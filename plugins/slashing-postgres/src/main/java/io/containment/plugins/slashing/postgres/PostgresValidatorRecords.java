package io.containment.plugins.slashing.postgres;

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
final class PostgresValidatorRecords implements ValidatorRecords<SQLException> {
    private final Connection connection;
    private final OptionalLong validatorId;

    PostgresValidatorRecords(Connection connection, OptionalLong validatorId) {
        this.connection = connection;
        this.validatorId = validatorId;
    }

    @Override
    public boolean enabled() throws SQLException {
        return validatorId.isEmpty() || new Validators(connection).enabled(validatorId.getAsLong());
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
