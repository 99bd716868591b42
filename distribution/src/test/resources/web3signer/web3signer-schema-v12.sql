-- Web3Signer slashing protection database, PostgreSQL, schema version 12 (see PROVENANCE.md).
-- V00001
CREATE TABLE validators (
    id SERIAL PRIMARY KEY,
    public_key BYTEA NOT NULL,
    UNIQUE(public_key)
);
CREATE TABLE signed_blocks (
    validator_id INTEGER NOT NULL,
    slot NUMERIC(20) NOT NULL,
    signing_root BYTEA,
    FOREIGN KEY(validator_id) REFERENCES validators(id),
    UNIQUE (validator_id, slot)
);
CREATE TABLE signed_attestations (
    validator_id INTEGER,
    source_epoch NUMERIC(20) NOT NULL,
    target_epoch NUMERIC(20) NOT NULL,
    signing_root BYTEA,
    FOREIGN KEY(validator_id) REFERENCES validators(id),
    UNIQUE (validator_id, target_epoch)
);
-- V00002
ALTER TABLE signed_blocks DROP CONSTRAINT signed_blocks_validator_id_slot_key;
ALTER TABLE signed_attestations DROP CONSTRAINT signed_attestations_validator_id_target_epoch_key;
ALTER TABLE signed_blocks ADD COLUMN id SERIAL PRIMARY KEY;
ALTER TABLE signed_attestations ADD COLUMN id SERIAL PRIMARY KEY;
-- V00003
CREATE TABLE low_watermarks (
    validator_id INTEGER NOT NULL,
    slot NUMERIC(20),
    target_epoch NUMERIC(20),
    source_epoch NUMERIC(20),
    FOREIGN KEY(validator_id) REFERENCES validators(id),
    UNIQUE (validator_id)
);
-- V00004
CREATE TABLE metadata (
    id INTEGER PRIMARY KEY,
    genesis_validators_root BYTEA NOT NULL
);
-- V00005
ALTER TABLE low_watermarks
ADD CONSTRAINT both_epochs_set_or_null
CHECK (
  (target_epoch IS NOT NULL and source_epoch IS NOT NULL)
  OR (target_epoch IS NULL and source_epoch IS NULL)
);
-- V00006
CREATE INDEX ON signed_attestations (validator_id, target_epoch);
CREATE INDEX on signed_blocks (validator_id, slot);
-- V00007
CREATE TABLE database_version (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO database_version (id, version) VALUES (1, 7);
-- V00008
ALTER TABLE signed_blocks
ADD CONSTRAINT unique_signed_block
UNIQUE (validator_id, slot);
ALTER TABLE signed_attestations
ADD CONSTRAINT unique_signed_attestation
UNIQUE (validator_id, target_epoch);
UPDATE database_version SET version = 8 WHERE id = 1;
-- V00009
UPDATE database_version SET version = 9 WHERE id = 1;
-- V00010
ALTER TABLE validators
ADD COLUMN enabled boolean NOT NULL default true;
UPDATE database_version SET version = 10 WHERE id = 1;
-- V00011
ALTER SEQUENCE signed_attestations_id_seq AS bigint;
ALTER TABLE signed_attestations ALTER COLUMN id TYPE bigint;
ALTER SEQUENCE signed_blocks_id_seq AS bigint;
ALTER TABLE signed_blocks ALTER COLUMN id TYPE bigint;
UPDATE database_version SET version = 11 WHERE id = 1;
-- V00012
ALTER TABLE metadata
    ADD COLUMN high_watermark_epoch NUMERIC(20),
    ADD COLUMN high_watermark_slot NUMERIC(20);

CREATE OR REPLACE FUNCTION check_high_watermarks() RETURNS TRIGGER AS $$
DECLARE
    max_slot NUMERIC(20);
    max_epoch NUMERIC(20);
BEGIN
SELECT MAX(slot) INTO max_slot FROM low_watermarks;
SELECT GREATEST(MAX(target_epoch), MAX(source_epoch)) INTO max_epoch FROM low_watermarks;

IF NEW.high_watermark_slot <= max_slot THEN
        RAISE EXCEPTION 'Insert/Update violates constraint: high_watermark_slot must be greater than max slot in low_watermarks table';
END IF;

IF NEW.high_watermark_epoch <= max_epoch THEN
        RAISE EXCEPTION 'Insert/Update violates constraint: high_watermark_epoch must be greater than max epoch in low_watermarks table';
END IF;

RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER check_before_insert_or_update
    BEFORE INSERT OR UPDATE ON metadata
                         FOR EACH ROW EXECUTE PROCEDURE check_high_watermarks();

UPDATE database_version SET version = 12 WHERE id = 1;
