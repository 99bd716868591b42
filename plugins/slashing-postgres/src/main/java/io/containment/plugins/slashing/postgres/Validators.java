package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.plugins.slashing.sql.ValidatorRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** The {@code validators} table: a row per public key, its id keys every record. */
final class Validators implements ValidatorRows {
    private final Connection connection;

    Validators(Connection connection) {
        this.connection = connection;
    }

    @Override
    public OptionalLong find(BlsPublicKey pubkey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM validators WHERE pubkey = ?")) {
            query.setBytes(1, pubkey.bytes());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** The validator's id, adding its row when new (callers hold the validator's lock). */
    @Override
    public long findOrAdd(BlsPublicKey pubkey) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO validators (pubkey) VALUES (?) ON CONFLICT (pubkey) DO NOTHING")) {
            insert.setBytes(1, pubkey.bytes());
            insert.executeUpdate();
        }
        return find(pubkey).orElseThrow(() -> new SQLException("validator row vanished after insert"));
    }

    /** Whether the validator may sign (a Key Manager delete disables it). */
    boolean enabled(long validatorId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT enabled FROM validators WHERE id = ?")) {
            query.setLong(1, validatorId);
            try (ResultSet rows = query.executeQuery()) {
                return !rows.next() || rows.getBoolean(1);
            }
        }
    }

    void setEnabled(BlsPublicKey pubkey, boolean enabled) throws SQLException {
        long id = findOrAdd(pubkey);
        try (PreparedStatement update = connection.prepareStatement("UPDATE validators SET enabled = ? WHERE id = ?")) {
            update.setBoolean(1, enabled);
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
