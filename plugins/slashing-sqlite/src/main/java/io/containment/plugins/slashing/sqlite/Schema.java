package io.containment.plugins.slashing.sqlite;

import java.util.List;

/**
 * The database layout. Slots and epochs are stored through {@link UInt64Column}; a signing root is
 * 32 bytes or NULL when unknown (imported without one). Records are deleted only by a prune, which
 * leaves a summary record and raises the low watermarks; the watermarks stand for what imports and
 * prunes cannot show.
 */
final class Schema {
    /** Bumped on any layout change; a file with a version this code does not know is refused. */
    static final int VERSION = 2;
    static final String GENESIS_VALIDATORS_ROOT = "genesis_validators_root";
    static final String SCHEMA_VERSION = "schema_version";

    static final List<String> CREATE = List.of(
            """
            CREATE TABLE metadata (
                name  TEXT PRIMARY KEY,
                value BLOB NOT NULL
            )""",
            """
            CREATE TABLE validators (
                id     INTEGER PRIMARY KEY,
                pubkey  BLOB NOT NULL UNIQUE CHECK (length(pubkey) = 48),
                enabled INTEGER NOT NULL DEFAULT 1
            )""",
            """
            CREATE TABLE signed_blocks (
                validator_id INTEGER NOT NULL REFERENCES validators (id),
                slot         INTEGER NOT NULL,
                signing_root BLOB CHECK (signing_root IS NULL OR length(signing_root) = 32)
            )""",
            "CREATE INDEX signed_blocks_by_slot ON signed_blocks (validator_id, slot)",
            """
            CREATE TABLE signed_attestations (
                validator_id INTEGER NOT NULL REFERENCES validators (id),
                source_epoch INTEGER NOT NULL,
                target_epoch INTEGER NOT NULL,
                signing_root BLOB CHECK (signing_root IS NULL OR length(signing_root) = 32)
            )""",
            "CREATE INDEX signed_attestations_by_target ON signed_attestations (validator_id, target_epoch)",
            "CREATE INDEX signed_attestations_by_source ON signed_attestations (validator_id, source_epoch)",
            """
            CREATE TABLE low_watermarks (
                validator_id             INTEGER PRIMARY KEY REFERENCES validators (id),
                block_slot               INTEGER,
                attestation_source_epoch INTEGER,
                attestation_target_epoch INTEGER,
                CHECK ((attestation_source_epoch IS NULL) = (attestation_target_epoch IS NULL))
            )""");

    /** Statements taking a file of version {@code n - 1} to version {@code n}, by {@code n}. */
    static final java.util.Map<Integer, List<String>> MIGRATIONS = java.util.Map.of(
            2, List.of("ALTER TABLE validators ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1"));

    private Schema() {
    }
}
