package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.HighWatermark;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The high watermark, kept in the {@code metadata} table as decimal uint64 text. */
final class HighWatermarkRow {
    private static final String SLOT = "high_watermark_slot";
    private static final String EPOCH = "high_watermark_epoch";

    private final Connection connection;

    HighWatermarkRow(Connection connection) {
        this.connection = connection;
    }

    Optional<HighWatermark> get() throws SQLException {
        String slot = null;
        String epoch = null;
        PreparedStatement query = Statements.prepared(connection, "SELECT name, value FROM metadata WHERE name IN (?, ?)");
        query.setString(1, SLOT);
        query.setString(2, EPOCH);
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String value = new String(rows.getBytes(2), StandardCharsets.US_ASCII);
                if (rows.getString(1).equals(SLOT)) {
                    slot = value;
                } else {
                    epoch = value;
                }
            }
        }
        if (slot == null || epoch == null) {
            return Optional.empty();
        }
        return Optional.of(new HighWatermark(Slot.parse(slot), Epoch.parse(epoch)));
    }

    void set(Optional<HighWatermark> highWatermark) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM metadata WHERE name IN (?, ?)")) {
            delete.setString(1, SLOT);
            delete.setString(2, EPOCH);
            delete.executeUpdate();
        }
        if (highWatermark.isPresent()) {
            insert(SLOT, highWatermark.get().slot().toString());
            insert(EPOCH, highWatermark.get().epoch().toString());
        }
    }

    private void insert(String name, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metadata (name, value) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setBytes(2, value.getBytes(StandardCharsets.US_ASCII));
            insert.executeUpdate();
        }
    }
}
