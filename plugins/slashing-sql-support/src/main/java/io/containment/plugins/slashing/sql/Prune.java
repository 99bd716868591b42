package io.containment.plugins.slashing.sql;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.PrunedRecords;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Prunes one validator inside the caller's write transaction: deletes old records, writes one
 * summary record of each kind and raises the low watermarks (see {@link PrunedRecords}).
 */
public final class Prune {
    private final BlockRows blocks;
    private final AttestationRows attestations;
    private final LowWatermarkRows watermarks;

    public Prune(SlashingTables tables) {
        this.blocks = tables.blocks();
        this.attestations = tables.attestations();
        this.watermarks = tables.lowWatermarks();
    }

    /** The validator's entry of the report, or empty when nothing was old enough. */
    public Optional<PruneReport.Entry> validator(long id, BlsPublicKey pubkey, long epochsToKeep, long slotsToKeep) throws SQLException {
        Optional<Slot> slotCutoff = PrunedRecords.blockCutoff(blocks.highest(id), slotsToKeep);
        Optional<Epoch> targetCutoff = PrunedRecords.attestationCutoff(attestations.highest(id).target(), epochsToKeep);
        BlockRows.Deleted oldBlocks = slotCutoff.isPresent() ? blocks.deleteBelow(id, slotCutoff.get())
                : new BlockRows.Deleted(0, Optional.empty());
        AttestationRows.Maxima oldVotes = targetCutoff.isPresent() ? attestations.deleteBelow(id, targetCutoff.get())
                : new AttestationRows.Maxima(0, Optional.empty(), Optional.empty());
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
