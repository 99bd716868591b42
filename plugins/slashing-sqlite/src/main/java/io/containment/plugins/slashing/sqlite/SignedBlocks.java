package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.Slot;
import io.containment.api.slashing.SignedBlock;
import io.containment.plugins.slashing.sql.BlockRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code signed_blocks} table: every block a validator signed or an import vouched for. */
final class SignedBlocks implements BlockRows {
    private final Connection connection;

    SignedBlocks(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<SignedBlock> at(long validatorId, Slot slot) throws SQLException {
        PreparedStatement query = Statements.prepared(connection,
                "SELECT slot, signing_root FROM signed_blocks WHERE validator_id = ? AND slot = ? ORDER BY rowid");
        query.setLong(1, validatorId);
        query.setLong(2, UInt64Column.encode(slot));
        return list(query);
    }

    @Override
    public List<SignedBlock> of(long validatorId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT slot, signing_root FROM signed_blocks WHERE validator_id = ? ORDER BY slot, rowid")) {
            query.setLong(1, validatorId);
            return list(query);
        }
    }

    @Override
    public Optional<Slot> highest(long validatorId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT max(slot) FROM signed_blocks WHERE validator_id = ?")) {
            query.setLong(1, validatorId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long stored = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(UInt64Column.slot(stored));
            }
        }
    }

    /** Adds the record unless an identical one (same slot and same root, or both unknown) is there. */
    @Override
    public boolean addIfAbsent(long validatorId, SignedBlock block) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM signed_blocks WHERE validator_id = ? AND slot = ? AND signing_root IS ?")) {
            query.setLong(1, validatorId);
            query.setLong(2, UInt64Column.encode(block.slot()));
            SigningRootColumn.set(query, 3, block.signingRoot());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
        }
        add(validatorId, block);
        return true;
    }

    void add(long validatorId, SignedBlock block) throws SQLException {
        PreparedStatement insert = Statements.prepared(connection,
                "INSERT INTO signed_blocks (validator_id, slot, signing_root) VALUES (?, ?, ?)");
        insert.setLong(1, validatorId);
        insert.setLong(2, UInt64Column.encode(block.slot()));
        SigningRootColumn.set(insert, 3, block.signingRoot());
        insert.executeUpdate();
    }

    /** Deletes the records below the slot, answering how many there were and the highest slot among them. */
    @Override
    public Deleted deleteBelow(long validatorId, Slot cutoff) throws SQLException {
        Deleted deleted;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*), max(slot) FROM signed_blocks WHERE validator_id = ? AND slot < ?")) {
            query.setLong(1, validatorId);
            query.setLong(2, UInt64Column.encode(cutoff));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long count = rows.getLong(1);
                long stored = rows.getLong(2);
                deleted = new Deleted(count, rows.wasNull() ? Optional.empty() : Optional.of(UInt64Column.slot(stored)));
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM signed_blocks WHERE validator_id = ? AND slot < ?")) {
            delete.setLong(1, validatorId);
            delete.setLong(2, UInt64Column.encode(cutoff));
            delete.executeUpdate();
        }
        return deleted;
    }


    private static List<SignedBlock> list(PreparedStatement query) throws SQLException {
        List<SignedBlock> blocks = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                blocks.add(new SignedBlock(UInt64Column.slot(rows.getLong(1)), SigningRootColumn.get(rows, 2)));
            }
        }
        return blocks;
    }
}
