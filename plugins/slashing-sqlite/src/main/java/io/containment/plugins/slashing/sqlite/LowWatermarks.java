package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Slot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * The {@code low_watermarks} table: per validator, the block slot and attestation epochs imports
 * vouched from. Only imports write it (see {@link InterchangeImport}).
 */
final class LowWatermarks {
    private final Connection connection;

    LowWatermarks(Connection connection) {
        this.connection = connection;
    }

    /** One validator's watermarks; each may be absent. */
    record Values(Optional<Slot> blockSlot, Optional<SourceAndTarget> attestation) {
        static final Values NONE = new Values(Optional.empty(), Optional.empty());
    }

    Values of(long validatorId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT block_slot, attestation_source_epoch,"
                + " attestation_target_epoch FROM low_watermarks WHERE validator_id = ?")) {
            query.setLong(1, validatorId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Values.NONE;
                }
                long slot = rows.getLong(1);
                Optional<Slot> blockSlot = rows.wasNull() ? Optional.empty() : Optional.of(UInt64Column.slot(slot));
                long source = rows.getLong(2);
                Optional<SourceAndTarget> attestation = rows.wasNull() ? Optional.empty()
                        : Optional.of(new SourceAndTarget(UInt64Column.epoch(source), UInt64Column.epoch(rows.getLong(3))));
                return new Values(blockSlot, attestation);
            }
        }
    }

    void set(long validatorId, Values values) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO low_watermarks (validator_id, block_slot,"
                + " attestation_source_epoch, attestation_target_epoch) VALUES (?, ?, ?, ?) ON CONFLICT (validator_id) DO UPDATE"
                + " SET block_slot = excluded.block_slot, attestation_source_epoch = excluded.attestation_source_epoch,"
                + " attestation_target_epoch = excluded.attestation_target_epoch")) {
            upsert.setLong(1, validatorId);
            setOrNull(upsert, 2, values.blockSlot().map(UInt64Column::encode));
            setOrNull(upsert, 3, values.attestation().map(a -> UInt64Column.encode(a.source())));
            setOrNull(upsert, 4, values.attestation().map(a -> UInt64Column.encode(a.target())));
            upsert.executeUpdate();
        }
    }

    private static void setOrNull(PreparedStatement statement, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }
}
