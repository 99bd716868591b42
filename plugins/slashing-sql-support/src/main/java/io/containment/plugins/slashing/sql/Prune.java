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
    private final SlashingTables tables;

    public Prune(SlashingTables tables) {
        this.tables = tables;
    }

    /** The validator's entry of the report, or empty when nothing was old enough. */
    public Optional<PruneReport.Entry> validator(long id, BlsPublicKey pubkey, long epochsToKeep, long slotsToKeep) throws SQLException {
        Optional<Slot> slotCutoff = PrunedRecords.blockCutoff(tables.blocks().highest(id), slotsToKeep);
        Optional<Epoch> targetCutoff = PrunedRecords.attestationCutoff(tables.attestations().highest(id).target(), epochsToKeep);
        BlockRows.Deleted oldBlocks = slotCutoff.isPresent() ? tables.blocks().deleteBelow(id, slotCutoff.get())
                : new BlockRows.Deleted(0, Optional.empty());
        AttestationRows.Maxima oldVotes = targetCutoff.isPresent() ? tables.attestations().deleteBelow(id, targetCutoff.get())
                : new AttestationRows.Maxima(0, Optional.empty(), Optional.empty());
        if (oldBlocks.count() == 0 && oldVotes.count() == 0) {
            return Optional.empty();
        }
        PrunedRecords pruned = new PrunedRecords(oldBlocks.count(), oldVotes.count(), oldBlocks.highest(),
                oldVotes.source(), oldVotes.target());
        if (pruned.highestSlot().isPresent()) {
            tables.blocks().addIfAbsent(id, new SignedBlock(pruned.highestSlot().get(), Optional.empty()));
        }
        if (pruned.highestSource().isPresent()) {
            tables.attestations().addIfAbsent(id, new SignedAttestation(pruned.highestSource().get(),
                    pruned.highestTarget().orElseThrow(), Optional.empty()));
        }
        tables.lowWatermarks().set(id, tables.lowWatermarks().of(id).afterPrune(pruned));
        return Optional.of(new PruneReport.Entry(pubkey, oldBlocks.count(), oldVotes.count()));
    }
}
