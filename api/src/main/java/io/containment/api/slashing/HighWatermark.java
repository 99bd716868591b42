package io.containment.api.slashing;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import java.util.Objects;

/**
 * A ceiling for every validator of a store, as Web3Signer's {@code highWatermark}: blocks are
 * signed only at slots below {@code slot}, attestations only with source and target epochs below
 * {@code epoch}. Operators set it to stop a signer from going past a point (a planned migration, a
 * clock accident); {@code GET /api/v1/eth2/highWatermark} shows it.
 */
public record HighWatermark(Slot slot, Epoch epoch) {
    public HighWatermark {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(epoch, "epoch");
    }

    /** Whether a block at the slot is at or above the ceiling. */
    public boolean stops(Slot blockSlot) {
        return blockSlot.compareTo(slot) >= 0;
    }

    /** Whether an attestation with these epochs is at or above the ceiling. */
    public boolean stops(Epoch sourceEpoch, Epoch targetEpoch) {
        return sourceEpoch.compareTo(epoch) >= 0 || targetEpoch.compareTo(epoch) >= 0;
    }

    @Override
    public String toString() {
        return "high watermark slot " + slot + ", epoch " + epoch;
    }
}
