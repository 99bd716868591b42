-- Containment Chamber slashing protection, schema version 1.
-- Slots and epochs are uint64 kept as NUMERIC(20) (plain decimal, 0 .. 2^64-1);
-- a signing root is 32 bytes, or NULL when unknown (imported without one).
-- Records are deleted only by a prune, which leaves a summary record and raises the low watermarks.

CREATE TABLE metadata (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE validators (
    id      BIGSERIAL PRIMARY KEY,
    pubkey  BYTEA   NOT NULL UNIQUE CHECK (octet_length(pubkey) = 48),
    enabled BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE DOMAIN uint64 AS NUMERIC(20, 0) CHECK (VALUE >= 0 AND VALUE <= 18446744073709551615);

CREATE TABLE signed_blocks (
    id           BIGSERIAL PRIMARY KEY,
    validator_id BIGINT NOT NULL REFERENCES validators (id),
    slot         uint64 NOT NULL,
    signing_root BYTEA CHECK (signing_root IS NULL OR octet_length(signing_root) = 32)
);
CREATE INDEX signed_blocks_by_slot ON signed_blocks (validator_id, slot);

CREATE TABLE signed_attestations (
    id           BIGSERIAL PRIMARY KEY,
    validator_id BIGINT NOT NULL REFERENCES validators (id),
    source_epoch uint64 NOT NULL,
    target_epoch uint64 NOT NULL,
    signing_root BYTEA CHECK (signing_root IS NULL OR octet_length(signing_root) = 32)
);
CREATE INDEX signed_attestations_by_target ON signed_attestations (validator_id, target_epoch);
CREATE INDEX signed_attestations_by_source ON signed_attestations (validator_id, source_epoch);

CREATE TABLE low_watermarks (
    validator_id             BIGINT PRIMARY KEY REFERENCES validators (id),
    block_slot               uint64,
    attestation_source_epoch uint64,
    attestation_target_epoch uint64,
    CHECK ((attestation_source_epoch IS NULL) = (attestation_target_epoch IS NULL))
);
