package io.containment.api.slashing;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import java.util.Objects;
import java.util.Optional;

/**
 * What a prune removed from one validator's history: how many records, and the highest slot,
 * source and target among them. A store replaces the removed records by one summary block
 * ({@code highestSlot}, unknown root) and one summary attestation ({@code highestSource},
 * {@code highestTarget}, unknown root) and raises the low watermarks to them, as EIP-3076's minimal
 * form does: every message the pruned records would have refused is still refused, and an export
 * still carries that protection to another signer.
 */
public record PrunedRecords(long blocks, long attestations, Optional<Slot> highestSlot,
                            Optional<Epoch> highestSource, Optional<Epoch> highestTarget) {
    public static final PrunedRecords NONE = new PrunedRecords(0, 0, Optional.empty(), Optional.empty(), Optional.empty());

    public PrunedRecords {
        Objects.requireNonNull(highestSlot, "highestSlot");
        Objects.requireNonNull(highestSource, "highestSource");
        Objects.requireNonNull(highestTarget, "highestTarget");
    }

    /**
     * The first slot kept: records at lower slots are pruned. Keeps {@code slotsToKeep} slots below
     * the highest recorded one; nothing when the history is shorter than that.
     */
    public static Optional<Slot> blockCutoff(Optional<Slot> highestRecorded, long slotsToKeep) {
        return highestRecorded.filter(h -> Long.compareUnsigned(h.value(), slotsToKeep) > 0)
                .map(h -> new Slot(h.value() - slotsToKeep));
    }

    /** As {@link #blockCutoff} for attestation target epochs. */
    public static Optional<Epoch> attestationCutoff(Optional<Epoch> highestTarget, long epochsToKeep) {
        return highestTarget.filter(h -> Long.compareUnsigned(h.value(), epochsToKeep) > 0)
                .map(h -> new Epoch(h.value() - epochsToKeep));
    }
}
