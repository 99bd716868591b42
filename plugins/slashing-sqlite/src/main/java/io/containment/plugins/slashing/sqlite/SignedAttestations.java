package io.containment.plugins.slashing.sqlite;

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
 * The {@code signed_attestations} table: every attestation a validator signed or an import
 * vouched for. The surround queries name their index: a new vote is usually the latest, so few
 * recorded votes have a later target (or source) than it, and that range is what gets scanned.
 */
final class SignedAttestations implements AttestationRows {
    private static final String COLUMNS = "SELECT source_epoch, target_epoch, signing_root FROM signed_attestations ";

    private final Connection connection;

    SignedAttestations(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<SignedAttestation> withTarget(long validatorId, Epoch target) throws SQLException {
        return list(COLUMNS + "WHERE validator_id = ? AND target_epoch = ? ORDER BY rowid",
                validatorId, UInt64Column.encode(target));
    }

    /** A recorded vote that surrounds (source, target): earlier source and later target. */
    @Override
    public Optional<SignedAttestation> surrounding(long validatorId, Epoch source, Epoch target) throws SQLException {
        return list(COLUMNS + "INDEXED BY signed_attestations_by_target"
                        + " WHERE validator_id = ? AND target_epoch > ? AND source_epoch < ? ORDER BY target_epoch DESC LIMIT 1",
                validatorId, UInt64Column.encode(target), UInt64Column.encode(source)).stream().findFirst();
    }

    /** A recorded vote surrounded by (source, target): later source and earlier target. */
    @Override
    public Optional<SignedAttestation> surroundedBy(long validatorId, Epoch source, Epoch target) throws SQLException {
        return list(COLUMNS + "INDEXED BY signed_attestations_by_source"
                        + " WHERE validator_id = ? AND source_epoch > ? AND target_epoch < ? ORDER BY target_epoch DESC LIMIT 1",
                validatorId, UInt64Column.encode(source), UInt64Column.encode(target)).stream().findFirst();
    }

    @Override
    public List<SignedAttestation> of(long validatorId) throws SQLException {
        return list(COLUMNS + "WHERE validator_id = ? ORDER BY source_epoch, target_epoch, rowid", validatorId);
    }


    /** The highest recorded source and target epochs of the validator. */
    @Override
    public Maxima highest(long validatorId) throws SQLException {
        return maxima("", validatorId);
    }

    /** Deletes the records with a target below the cutoff, answering what they were. */
    @Override
    public Maxima deleteBelow(long validatorId, Epoch cutoff) throws SQLException {
        Maxima deleted = maxima(" AND target_epoch < ?", validatorId, UInt64Column.encode(cutoff));
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM signed_attestations WHERE validator_id = ? AND target_epoch < ?")) {
            delete.setLong(1, validatorId);
            delete.setLong(2, UInt64Column.encode(cutoff));
            delete.executeUpdate();
        }
        return deleted;
    }

    private Maxima maxima(String condition, long validatorId, long... more) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*), max(source_epoch), max(target_epoch)"
                + " FROM signed_attestations WHERE validator_id = ?" + condition)) {
            query.setLong(1, validatorId);
            for (int i = 0; i < more.length; i++) {
                query.setLong(i + 2, more[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long count = rows.getLong(1);
                long source = rows.getLong(2);
                if (rows.wasNull()) {
                    return new Maxima(count, Optional.empty(), Optional.empty());
                }
                return new Maxima(count, Optional.of(UInt64Column.epoch(source)), Optional.of(UInt64Column.epoch(rows.getLong(3))));
            }
        }
    }

    /** Adds the record unless an identical one (same epochs and same root, or both unknown) is there. */
    @Override
    public boolean addIfAbsent(long validatorId, SignedAttestation attestation) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM signed_attestations"
                + " WHERE validator_id = ? AND source_epoch = ? AND target_epoch = ? AND signing_root IS ?")) {
            query.setLong(1, validatorId);
            query.setLong(2, UInt64Column.encode(attestation.sourceEpoch()));
            query.setLong(3, UInt64Column.encode(attestation.targetEpoch()));
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
        PreparedStatement insert = Statements.prepared(connection,
                "INSERT INTO signed_attestations (validator_id, source_epoch, target_epoch, signing_root) VALUES (?, ?, ?, ?)");
        insert.setLong(1, validatorId);
        insert.setLong(2, UInt64Column.encode(attestation.sourceEpoch()));
        insert.setLong(3, UInt64Column.encode(attestation.targetEpoch()));
        SigningRootColumn.set(insert, 4, attestation.signingRoot());
        insert.executeUpdate();
    }

    private List<SignedAttestation> list(String sql, long... parameters) throws SQLException {
        PreparedStatement query = Statements.prepared(connection, sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setLong(i + 1, parameters[i]);
        }
        List<SignedAttestation> attestations = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                attestations.add(new SignedAttestation(UInt64Column.epoch(rows.getLong(1)),
                        UInt64Column.epoch(rows.getLong(2)), SigningRootColumn.get(rows, 3)));
            }
        }
        return attestations;
    }
}
