package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Slot;
import io.containment.api.slashing.LowWatermarks;
import io.containment.plugins.slashing.sql.LowWatermarkRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** The {@code low_watermarks} table: per validator, the watermarks imports and prunes set. */
final class LowWatermarkTable implements LowWatermarkRows {
    private final Connection connection;

    LowWatermarkTable(Connection connection) {
        this.connection = connection;
    }

    @Override
    public LowWatermarks of(long validatorId) throws SQLException {
        PreparedStatement query = Statements.prepared(connection, "SELECT block_slot, attestation_source_epoch,"
                + " attestation_target_epoch FROM low_watermarks WHERE validator_id = ?");
        query.setLong(1, validatorId);
        try (ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return LowWatermarks.NONE;
            }
            long slot = rows.getLong(1);
            Optional<Slot> blockSlot = rows.wasNull() ? Optional.empty() : Optional.of(UInt64Column.slot(slot));
            long source = rows.getLong(2);
            if (rows.wasNull()) {
                return new LowWatermarks(blockSlot, Optional.empty(), Optional.empty());
            }
            return new LowWatermarks(blockSlot, Optional.of(UInt64Column.epoch(source)),
                    Optional.of(UInt64Column.epoch(rows.getLong(3))));
        }
    }

    @Override
    public void set(long validatorId, LowWatermarks values) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO low_watermarks (validator_id, block_slot,"
                + " attestation_source_epoch, attestation_target_epoch) VALUES (?, ?, ?, ?) ON CONFLICT (validator_id) DO UPDATE"
                + " SET block_slot = excluded.block_slot, attestation_source_epoch = excluded.attestation_source_epoch,"
                + " attestation_target_epoch = excluded.attestation_target_epoch")) {
            upsert.setLong(1, validatorId);
            setOrNull(upsert, 2, values.blockSlot().map(UInt64Column::encode));
            setOrNull(upsert, 3, values.attestationSource().map(UInt64Column::encode));
            setOrNull(upsert, 4, values.attestationTarget().map(UInt64Column::encode));
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
