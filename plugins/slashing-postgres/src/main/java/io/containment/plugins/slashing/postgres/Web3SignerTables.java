package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tables of a Web3Signer slashing database (schema version 12), read-only. */
final class Web3SignerTables {
    private final Connection connection;
    private final String where;

    Web3SignerTables(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    record Metadata(Root genesisValidatorsRoot, Optional<HighWatermark> highWatermark) {
    }

    record Validator(long id, BlsPublicKey pubkey, boolean enabled) {
    }

    int schemaVersion() throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass('database_version') IS NOT NULL");
             ResultSet found = exists.executeQuery()) {
            found.next();
            if (!found.getBoolean(1)) {
                throw new InvalidInterchangeException(where + " is not a Web3Signer slashing database (no table database_version)");
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT version FROM database_version WHERE id = 1");
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getInt(1) : -1;
        }
    }

    Optional<Metadata> metadata() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT genesis_validators_root, high_watermark_slot, high_watermark_epoch FROM metadata WHERE id = 1");
             ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            Root root = new Root(rows.getBytes(1));
            Optional<Slot> slot = UInt64Column.slot(rows, 2);
            Optional<Epoch> epoch = UInt64Column.epoch(rows, 3);
            return Optional.of(new Metadata(root, slot.isPresent() && epoch.isPresent()
                    ? Optional.of(new HighWatermark(slot.get(), epoch.get())) : Optional.empty()));
        }
    }

    List<Validator> validators() throws SQLException {
        List<Validator> validators = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, public_key, enabled FROM validators ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                byte[] key = rows.getBytes(2);
                try {
                    validators.add(new Validator(id, new BlsPublicKey(key), rows.getBoolean(3)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInterchangeException(where + ": validator id " + id + " has no valid public key ("
                            + e.getMessage() + "); nothing was imported");
                }
            }
        }
        return validators;
    }

    /**
     * The validator's records, plus its low watermarks carried over as records with an unknown root:
     * a block at the slot watermark, an attestation (source watermark, target watermark). Imported,
     * they refuse everything at the watermarks, and, being the lowest records, they become the low
     * watermarks of a store that has none for the validator yet — at least as strict as Web3Signer.
     */
    ValidatorHistory history(Validator validator) throws SQLException {
        List<SignedBlock> blocks = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT slot, signing_root FROM signed_blocks WHERE validator_id = ? ORDER BY slot, id")) {
            query.setLong(1, validator.id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    blocks.add(new SignedBlock(UInt64Column.slot(rows, 1).orElseThrow(), root(rows, 2)));
                }
            }
        }
        List<SignedAttestation> attestations = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT source_epoch, target_epoch, signing_root"
                + " FROM signed_attestations WHERE validator_id = ? ORDER BY target_epoch, id")) {
            query.setLong(1, validator.id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attestations.add(new SignedAttestation(UInt64Column.epoch(rows, 1).orElseThrow(),
                            UInt64Column.epoch(rows, 2).orElseThrow(), root(rows, 3)));
                }
            }
        }
        addWatermarks(validator, blocks, attestations);
        return new ValidatorHistory(validator.pubkey(), blocks, attestations);
    }

    private void addWatermarks(Validator validator, List<SignedBlock> blocks, List<SignedAttestation> attestations)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT slot, source_epoch, target_epoch FROM low_watermarks WHERE validator_id = ?")) {
            query.setLong(1, validator.id());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return;
                }
                UInt64Column.slot(rows, 1).ifPresent(slot -> blocks.add(new SignedBlock(slot, Optional.empty())));
                Optional<Epoch> source = UInt64Column.epoch(rows, 2);
                Optional<Epoch> target = UInt64Column.epoch(rows, 3);
                if (source.isPresent() && target.isPresent()) {
                    if (source.get().compareTo(target.get()) > 0) {
                        throw new InvalidInterchangeException(where + ": validator " + validator.pubkey()
                                + " has a low watermark source above its target; nothing was imported");
                    }
                    attestations.add(new SignedAttestation(source.get(), target.get(), Optional.empty()));
                }
            }
        }
    }

    /** A signing root; NULL or all zeros is unknown. */
    private Optional<Root> root(ResultSet rows, int index) throws SQLException {
        byte[] bytes = rows.getBytes(index);
        if (bytes == null) {
            return Optional.empty();
        }
        if (bytes.length != Root.LENGTH) {
            throw new InvalidInterchangeException(where + ": a signing root of " + bytes.length + " bytes; nothing was imported");
        }
        Root root = new Root(bytes);
        return root.equals(Root.zero()) ? Optional.empty() : Optional.of(root);
    }
}
