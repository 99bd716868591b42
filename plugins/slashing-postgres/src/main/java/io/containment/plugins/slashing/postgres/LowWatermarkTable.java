package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.LowWatermarks;
import io.containment.plugins.slashing.sql.LowWatermarkRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code low_watermarks} table: per validator, the watermarks imports and prunes set. */
final class LowWatermarkTable implements LowWatermarkRows {
    private final Connection connection;

    LowWatermarkTable(Connection connection) {
        this.connection = connection;
    }

    @Override
    public LowWatermarks of(long validatorId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT block_slot, attestation_source_epoch,"
                + " attestation_target_epoch FROM low_watermarks WHERE validator_id = ?")) {
            query.setLong(1, validatorId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return LowWatermarks.NONE;
                }
                Optional<Slot> blockSlot = UInt64Column.slot(rows, 1);
                Optional<Epoch> source = UInt64Column.epoch(rows, 2);
                Optional<Epoch> target = UInt64Column.epoch(rows, 3);
                return new LowWatermarks(blockSlot, source, target);
            }
        }
    }

    @Override
    public void set(long validatorId, LowWatermarks values) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO low_watermarks (validator_id, block_slot,"
                + " attestation_source_epoch, attestation_target_epoch) VALUES (?, ?, ?, ?) ON CONFLICT (validator_id) DO UPDATE"
                + " SET block_slot = excluded.block_slot, attestation_source_epoch = excluded.attestation_source_epoch,"
                + " attestation_target_epoch = excluded.attestation_target_epoch")) {
            upsert.setLong(1, validatorId);
            UInt64Column.setOrNull(upsert, 2, values.blockSlot().map(Slot::value));
            UInt64Column.setOrNull(upsert, 3, values.attestationSource().map(Epoch::value));
            UInt64Column.setOrNull(upsert, 4, values.attestationTarget().map(Epoch::value));
            upsert.executeUpdate();
        }
    }
}
