package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.plugins.slashing.sql.ValidatorRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code validators} table: a row per public key, its id keys every record. */
final class Validators implements ValidatorRows {
    private final Connection connection;

    Validators(Connection connection) {
        this.connection = connection;
    }

    /** A validator's row: its id and whether it may sign. */
    record Row(long id, boolean enabled) {
    }

    /** The validator's id and enabled flag in one query (what a check-and-record needs of it). */
    Optional<Row> row(BlsPublicKey pubkey) throws SQLException {
        PreparedStatement query = Statements.prepared(connection, "SELECT id, enabled FROM validators WHERE pubkey = ?");
        query.setBytes(1, pubkey.bytes());
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(new Row(rows.getLong(1), rows.getInt(2) != 0)) : Optional.empty();
        }
    }

    @Override
    public OptionalLong find(BlsPublicKey pubkey) throws SQLException {
        PreparedStatement query = Statements.prepared(connection, "SELECT id FROM validators WHERE pubkey = ?");
        query.setBytes(1, pubkey.bytes());
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
        }
    }

    @Override
    public long findOrAdd(BlsPublicKey pubkey) throws SQLException {
        OptionalLong existing = find(pubkey);
        if (existing.isPresent()) {
            return existing.getAsLong();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO validators (pubkey) VALUES (?)")) {
            insert.setBytes(1, pubkey.bytes());
            insert.executeUpdate();
        }
        return find(pubkey).orElseThrow(() -> new SQLException("validator row vanished after insert"));
    }

    void setEnabled(BlsPublicKey pubkey, boolean enabled) throws SQLException {
        long id = findOrAdd(pubkey);
        try (PreparedStatement update = connection.prepareStatement("UPDATE validators SET enabled = ? WHERE id = ?")) {
            update.setInt(1, enabled ? 1 : 0);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Every validator, in the order they were first seen. */
    @Override
    public Map<Long, BlsPublicKey> all() throws SQLException {
        Map<Long, BlsPublicKey> validators = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, pubkey FROM validators ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                validators.put(rows.getLong(1), new BlsPublicKey(rows.getBytes(2)));
            }
        }
        return validators;
    }
}
