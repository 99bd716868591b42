package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.PrunedRecords;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Prunes one validator inside the caller's write transaction: deletes old records, writes one
 * summary record of each kind and raises the low watermarks (see {@link PrunedRecords}).
 */
final class Prune {
    private final SignedBlocks blocks;
    private final SignedAttestations attestations;
    private final LowWatermarkTable watermarks;

    Prune(Connection connection) {
        this.blocks = new SignedBlocks(connection);
        this.attestations = new SignedAttestations(connection);
        this.watermarks = new LowWatermarkTable(connection);
    }

    /** The validator's entry of the report, or empty when nothing was old enough. */
    Optional<PruneReport.Entry> validator(long id, BlsPublicKey pubkey, long epochsToKeep, long slotsToKeep) throws SQLException {
        Optional<Slot> slotCutoff = PrunedRecords.blockCutoff(blocks.highest(id), slotsToKeep);
        Optional<Epoch> targetCutoff = PrunedRecords.attestationCutoff(attestations.highest(id).target(), epochsToKeep);
        SignedBlocks.Deleted oldBlocks = slotCutoff.isPresent() ? blocks.deleteBelow(id, slotCutoff.get())
                : new SignedBlocks.Deleted(0, Optional.empty());
        SignedAttestations.Maxima oldVotes = targetCutoff.isPresent() ? attestations.deleteBelow(id, targetCutoff.get())
                : new SignedAttestations.Maxima(0, Optional.empty(), Optional.empty());
        if (oldBlocks.count() == 0 && oldVotes.count() == 0) {
            return Optional.empty();
        }
        PrunedRecords pruned = new PrunedRecords(oldBlocks.count(), oldVotes.count(), oldBlocks.highest(),
                oldVotes.source(), oldVotes.target());
        if (pruned.highestSlot().isPresent()) {
            blocks.addIfAbsent(id, new SignedBlock(pruned.highestSlot().get(), Optional.empty()));
        }
        if (pruned.highestSource().isPresent()) {
            attestations.addIfAbsent(id, new SignedAttestation(pruned.highestSource().get(),
                    pruned.highestTarget().orElseThrow(), Optional.empty()));
        }
        watermarks.set(id, watermarks.of(id).afterPrune(pruned));
        return Optional.of(new PruneReport.Entry(pubkey, oldBlocks.count(), oldVotes.count()));
    }
}
