package io.containment.plugins.slashing.sqlite;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.LowWatermarks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What check-and-records have learnt of the database, so that the common case (a vote above
 * everything the validator signed, a block above its last slot) is judged without reading the
 * history: per validator its id, enabled flag, low watermarks and the highest recorded slot,
 * source and target epoch; and the high watermark.
 *
 * <p>Why it is safe. The highest values are upper bounds of what is recorded (raised with every
 * record added here), so "nothing above them" is always true, and a question the bounds cannot
 * answer goes to SQL ({@link KnownValidatorRecords}). Everything else is exact as long as nothing
 * but this connection's check-and-records changed the file, which {@link Database} makes sure of:
 * it empties this cache after its own other writes (import, prune, enable/disable, high watermark),
 * after any failed work or batch and with every new connection, and before each batch when
 * SQLite's {@code PRAGMA data_version} shows that another connection (another signer on the same
 * file) committed since. That check runs inside the batch's {@code BEGIN IMMEDIATE}, so nobody
 * else can commit until the batch is over. Used only under the {@link Database} lock.
 */
final class KnownValidators {
    /** More entries than any signer has keys; past it the cache starts again rather than grow. */
    private static final int MAX_ENTRIES = 1 << 20;

    /** One validator as the database holds it; {@code max*} are stored (encoded) values, {@code null} when none. */
    static final class Known {
        final long id;
        final boolean enabled;
        final LowWatermarks lowWatermarks;
        Long maxSlot;
        Long maxSource;
        Long maxTarget;

        Known(long id, boolean enabled, LowWatermarks lowWatermarks, Long maxSlot, Long maxSource, Long maxTarget) {
            this.id = id;
            this.enabled = enabled;
            this.lowWatermarks = lowWatermarks;
            this.maxSlot = maxSlot;
            this.maxSource = maxSource;
            this.maxTarget = maxTarget;
        }

        /** Whether no recorded block is at {@code slot} (all are before it). */
        boolean noBlockAt(Slot slot) {
            return maxSlot == null || UInt64Column.encode(slot) > maxSlot;
        }

        /** Whether no recorded vote has the target {@code target} (all are before it). */
        boolean noTargetAt(Epoch target) {
            return maxTarget == null || UInt64Column.encode(target) > maxTarget;
        }

        /** Whether no recorded vote has a target after {@code target}. */
        boolean noTargetAfter(Epoch target) {
            return maxTarget == null || UInt64Column.encode(target) >= maxTarget;
        }

        /** Whether no recorded vote has a source after {@code source}. */
        boolean noSourceAfter(Epoch source) {
            return maxSource == null || UInt64Column.encode(source) >= maxSource;
        }

        void recordedBlock(Slot slot) {
            maxSlot = max(maxSlot, UInt64Column.encode(slot));
        }

        void recordedVote(Epoch source, Epoch target) {
            maxSource = max(maxSource, UInt64Column.encode(source));
            maxTarget = max(maxTarget, UInt64Column.encode(target));
        }

        private static Long max(Long known, long added) {
            return known == null || added > known ? added : known;
        }
    }

    private final Map<BlsPublicKey, Known> validators = new HashMap<>();
    /** The high watermark as read; {@code null} until read (after a {@link #clear}). */
    private Optional<HighWatermark> highWatermark;
    private long dataVersion = Long.MIN_VALUE;

    /** Forgets everything (the next check-and-records read it again). */
    void clear() {
        validators.clear();
        highWatermark = null;
    }

    /** Forgets everything when another connection committed since the last call (inside a write transaction). */
    void checkDataVersion(Connection connection) throws SQLException {
        long version;
        try (ResultSet rows = Statements.prepared(connection, "PRAGMA data_version").executeQuery()) {
            rows.next();
            version = rows.getLong(1);
        }
        if (version != dataVersion) {
            clear();
            dataVersion = version;
        }
    }

    /** Forgets the connection's data version too (a new connection counts its own). */
    void reset() {
        clear();
        dataVersion = Long.MIN_VALUE;
    }

    Optional<HighWatermark> highWatermark(Connection connection) throws SQLException {
        if (highWatermark == null) {
            highWatermark = new HighWatermarkRow(connection).get();
        }
        return highWatermark;
    }

    /** The validator as the database holds it, read on first use; empty when it has no row yet. */
    Optional<Known> validator(Connection connection, BlsPublicKey pubkey) throws SQLException {
        Known known = validators.get(pubkey);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Validators.Row> row = new Validators(connection).row(pubkey);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        long id = row.get().id();
        PreparedStatement maxima = Statements.prepared(connection, "SELECT"
                + " (SELECT max(slot) FROM signed_blocks WHERE validator_id = ?1),"
                + " (SELECT max(source_epoch) FROM signed_attestations WHERE validator_id = ?1),"
                + " (SELECT max(target_epoch) FROM signed_attestations WHERE validator_id = ?1)");
        maxima.setLong(1, id);
        try (ResultSet rows = maxima.executeQuery()) {
            rows.next();
            known = new Known(id, row.get().enabled(), new LowWatermarkTable(connection).of(id),
                    nullable(rows, 1), nullable(rows, 2), nullable(rows, 3));
        }
        if (validators.size() >= MAX_ENTRIES) {
            validators.clear();
        }
        validators.put(pubkey, known);
        return Optional.of(known);
    }

    private static Long nullable(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
