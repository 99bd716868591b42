package io.containment.api.slashing;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One validator's low watermarks: below them the store holds no complete history, so nothing is
 * signed there. Blocks at or below {@code blockSlot} are refused; attestations with a source below
 * {@code attestationSource} or a target at or below {@code attestationTarget} are refused. Imports
 * and prunes set them; they never fall.
 */
public record LowWatermarks(Optional<Slot> blockSlot, Optional<Epoch> attestationSource,
                            Optional<Epoch> attestationTarget) {
    /** No watermark of either kind. */
    public static final LowWatermarks NONE = new LowWatermarks(Optional.empty(), Optional.empty(), Optional.empty());

    public LowWatermarks {
        Objects.requireNonNull(blockSlot, "blockSlot");
        Objects.requireNonNull(attestationSource, "attestationSource");
        Objects.requireNonNull(attestationTarget, "attestationTarget");
        if (attestationSource.isPresent() != attestationTarget.isPresent()) {
            throw new IllegalArgumentException("attestation watermarks come in pairs (source and target)");
        }
    }

    /**
     * The watermarks after importing {@code imported} into a history whose highest records were
     * {@code highestHeld} before the import. With none yet, the document's lowest slot (lowest source,
     * lowest target) becomes the watermark, since nothing vouches for the history below it. With one
     * already, it rises to the document's lowest record, but not above the highest record held
     * before, and never falls. Not rising past the held history: the EIP-3076 suite
     * ({@code multiple_interchanges_single_validator_single_message_gap}) requires slots and epochs
     * between the old history and a later document's minimum to stay signable.
     */
    public LowWatermarks afterImport(ValidatorHistory imported, HeldMaxima highestHeld) {
        Optional<Slot> slot = imported.signedBlocks().stream().map(SignedBlock::slot).min(Comparator.naturalOrder())
                .map(lowest -> raised(blockSlot, lowest, highestHeld.slot()))
                .or(() -> blockSlot);
        List<SignedAttestation> votes = imported.signedAttestations();
        if (votes.isEmpty()) {
            return new LowWatermarks(slot, attestationSource, attestationTarget);
        }
        Epoch lowestSource = Collections.min(votes.stream().map(SignedAttestation::sourceEpoch).toList());
        Epoch lowestTarget = Collections.min(votes.stream().map(SignedAttestation::targetEpoch).toList());
        return new LowWatermarks(slot,
                Optional.of(raised(attestationSource, lowestSource, highestHeld.source())),
                Optional.of(raised(attestationTarget, lowestTarget, highestHeld.target())));
    }

    /** The watermarks after a prune folded records up to {@code pruned} (see {@link PrunedRecords}). */
    public LowWatermarks afterPrune(PrunedRecords pruned) {
        Optional<Slot> slot = max(blockSlot, pruned.highestSlot());
        if (pruned.highestSource().isEmpty()) {
            return new LowWatermarks(slot, attestationSource, attestationTarget);
        }
        return new LowWatermarks(slot, max(attestationSource, pruned.highestSource()),
                max(attestationTarget, pruned.highestTarget()));
    }

    /** Whether a block at the slot is at or below the watermark. */
    public boolean stops(Slot slot) {
        return blockSlot.isPresent() && slot.compareTo(blockSlot.get()) <= 0;
    }

    /** Whether an attestation is below the source or at/below the target watermark. */
    public boolean stops(Epoch source, Epoch target) {
        return attestationSource.isPresent() && (source.compareTo(attestationSource.get()) < 0
                || target.compareTo(attestationTarget.orElseThrow()) <= 0);
    }

    /** The highest slot and epochs (each on its own) a validator's history held before an import. */
    public record HeldMaxima(Optional<Slot> slot, Optional<Epoch> source, Optional<Epoch> target) {
        public static final HeldMaxima NONE = new HeldMaxima(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static <T extends Comparable<T>> T raised(Optional<T> current, T documentLowest, Optional<T> highestHeld) {
        if (current.isEmpty()) {
            return documentLowest;
        }
        T capped = highestHeld.filter(held -> held.compareTo(documentLowest) < 0).orElse(documentLowest);
        return capped.compareTo(current.get()) > 0 ? capped : current.get();
    }

    private static <T extends Comparable<T>> Optional<T> max(Optional<T> current, Optional<T> candidate) {
        if (current.isEmpty()) {
            return candidate;
        }
        if (candidate.isEmpty()) {
            return current;
        }
        return Optional.of(candidate.get().compareTo(current.get()) > 0 ? candidate.get() : current.get());
    }
}
