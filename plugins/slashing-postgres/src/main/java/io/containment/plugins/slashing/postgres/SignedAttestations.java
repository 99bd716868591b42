package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.Epoch;
import io.containment.api.slashing.SignedAttestation;
import io.containment.plugins.slashing.sql.AttestationRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code signed_attestations} table: every attestation a validator signed or an import vouched
 * for. The surround queries run on the (validator, target) and (validator, source) indexes.
 */
final class SignedAttestations implements AttestationRows {
    private static final String COLUMNS = "SELECT source_epoch, target_epoch, signing_root FROM signed_attestations ";

    private final Connection connection;

    SignedAttestations(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<SignedAttestation> withTarget(long validatorId, Epoch target) throws SQLException {
        return list(COLUMNS + "WHERE validator_id = ? AND target_epoch = ? ORDER BY id", validatorId, target.value());
    }

    /** A recorded vote that surrounds (source, target): earlier source and later target. */
    @Override
    public Optional<SignedAttestation> surrounding(long validatorId, Epoch source, Epoch target) throws SQLException {
        return list(COLUMNS + "WHERE validator_id = ? AND target_epoch > ? AND source_epoch < ?"
                + " ORDER BY target_epoch DESC LIMIT 1", validatorId, target.value(), source.value()).stream().findFirst();
    }

    /** A recorded vote surrounded by (source, target): later source and earlier target. */
    @Override
    public Optional<SignedAttestation> surroundedBy(long validatorId, Epoch source, Epoch target) throws SQLException {
        return list(COLUMNS + "WHERE validator_id = ? AND source_epoch > ? AND target_epoch < ?"
                + " ORDER BY target_epoch DESC LIMIT 1", validatorId, source.value(), target.value()).stream().findFirst();
    }

    @Override
    public List<SignedAttestation> of(long validatorId) throws SQLException {
        return list(COLUMNS + "WHERE validator_id = ? ORDER BY source_epoch, target_epoch, id", validatorId);
    }


    /** The highest recorded source and target epochs of the validator. */
    @Override
    public Maxima highest(long validatorId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*), max(source_epoch), max(target_epoch)"
                + " FROM signed_attestations WHERE validator_id = ?")) {
            query.setLong(1, validatorId);
            return maxima(query);
        }
    }

    /** Deletes the records with a target below the cutoff, answering what they were. */
    @Override
    public Maxima deleteBelow(long validatorId, Epoch cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("WITH gone AS (DELETE FROM signed_attestations"
                + " WHERE validator_id = ? AND target_epoch < ? RETURNING source_epoch, target_epoch)"
                + " SELECT count(*), max(source_epoch), max(target_epoch) FROM gone")) {
            delete.setLong(1, validatorId);
            UInt64Column.set(delete, 2, cutoff);
            return maxima(delete);
        }
    }

    private static Maxima maxima(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return new Maxima(rows.getLong(1), UInt64Column.epoch(rows, 2), UInt64Column.epoch(rows, 3));
        }
    }

    /** Adds the record unless an identical one (same epochs and same root, or both unknown) is there. */
    @Override
    public boolean addIfAbsent(long validatorId, SignedAttestation attestation) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM signed_attestations WHERE validator_id = ?"
                + " AND source_epoch = ? AND target_epoch = ? AND signing_root IS NOT DISTINCT FROM ?")) {
            query.setLong(1, validatorId);
            UInt64Column.set(query, 2, attestation.sourceEpoch());
            UInt64Column.set(query, 3, attestation.targetEpoch());
            SigningRootColumn.set(query, 4, attestation.signingRoot());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
        }
        add(validatorId, attestation);
        return true;
    }

    void add(long validatorId, SignedAttestation attestation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO signed_attestations (validator_id, source_epoch, target_epoch, signing_root) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, validatorId);
            UInt64Column.set(insert, 2, attestation.sourceEpoch());
            UInt64Column.set(insert, 3, attestation.targetEpoch());
            SigningRootColumn.set(insert, 4, attestation.signingRoot());
            insert.executeUpdate();
        }
    }

    /** Runs a query whose first parameter is the validator id and whose others are uint64 values. */
    private List<SignedAttestation> list(String sql, long validatorId, long... epochs) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, validatorId);
            for (int i = 0; i < epochs.length; i++) {
                UInt64Column.set(query, i + 2, epochs[i]);
            }
            List<SignedAttestation> attestations = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attestations.add(new SignedAttestation(UInt64Column.epoch(rows, 1).orElseThrow(),
                            UInt64Column.epoch(rows, 2).orElseThrow(), SigningRootColumn.get(rows, 3)));
                }
            }
            return attestations;
        }
    }
}
