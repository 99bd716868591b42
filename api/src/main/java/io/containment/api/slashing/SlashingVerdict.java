package io.containment.api.slashing;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import java.util.Objects;

/** The answer of a {@link SlashingStore}: safe to sign, or refused with the conflicting record. */
public sealed interface SlashingVerdict {

    /** Safe to sign. */
    sealed interface Safe extends SlashingVerdict {
    }

    /** New and safe; it has been recorded (unless this was a dry-run {@code check}). */
    record Valid() implements Safe {
    }

    /** Identical to a recorded message (same signing root): signing it again is harmless. */
    record SameData() implements Safe {
    }

    /** Refused: signing would be slashable or cannot be proven safe. */
    sealed interface Refused extends SlashingVerdict {
        /** One line for the 412 body and the log, naming the conflicting record. */
        String reason();
    }

    /** Another block was already signed at this slot. */
    record DoubleProposal(SignedBlock previous) implements Refused {
        public DoubleProposal {
            Objects.requireNonNull(previous, "previous");
        }

        @Override
        public String reason() {
            return "double proposal: already signed " + previous;
        }
    }

    /** Another attestation was already signed for this target epoch. */
    record DoubleVote(SignedAttestation previous) implements Refused {
        public DoubleVote {
            Objects.requireNonNull(previous, "previous");
        }

        @Override
        public String reason() {
            return "double vote: already signed " + previous;
        }
    }

    /** The new attestation surrounds a recorded one. */
    record SurroundsPrevious(SignedAttestation previous) implements Refused {
        public SurroundsPrevious {
            Objects.requireNonNull(previous, "previous");
        }

        @Override
        public String reason() {
            return "surround vote: the attestation surrounds the signed " + previous;
        }
    }

    /** The new attestation is surrounded by a recorded one. */
    record SurroundedByPrevious(SignedAttestation previous) implements Refused {
        public SurroundedByPrevious {
            Objects.requireNonNull(previous, "previous");
        }

        @Override
        public String reason() {
            return "surround vote: the attestation is surrounded by the signed " + previous;
        }
    }

    /** The attestation's source epoch is after its target epoch. */
    record SourceExceedsTarget(Epoch sourceEpoch, Epoch targetEpoch) implements Refused {
        @Override
        public String reason() {
            return "source epoch " + sourceEpoch + " is after target epoch " + targetEpoch;
        }
    }

    /** The block's slot is at or below the low watermark an import or a prune set. */
    record BlockBelowLowWatermark(Slot lowWatermark) implements Refused {
        @Override
        public String reason() {
            return "slot is not above the low watermark slot " + lowWatermark + " set by an import or a prune";
        }
    }

    /** The attestation is below the source or target low watermark an import or a prune set. */
    record AttestationBelowLowWatermark(Epoch sourceLowWatermark, Epoch targetLowWatermark) implements Refused {
        @Override
        public String reason() {
            return "attestation is below the low watermark (source " + sourceLowWatermark
                    + ", target " + targetLowWatermark + ") set by an import or a prune";
        }
    }

    /** The validator was deleted (Key Manager API) or disabled: it signs nothing until imported again. */
    record ValidatorDisabled(BlsPublicKey publicKey) implements Refused {
        public ValidatorDisabled {
            Objects.requireNonNull(publicKey, "publicKey");
        }

        @Override
        public String reason() {
            return "validator " + publicKey + " is disabled in the slashing database (deleted); import it again to sign";
        }
    }

    /** The message is at or above the store's high watermark. */
    record AboveHighWatermark(HighWatermark highWatermark) implements Refused {
        public AboveHighWatermark {
            Objects.requireNonNull(highWatermark, "highWatermark");
        }

        @Override
        public String reason() {
            return "at or above the " + highWatermark + " set by the operator";
        }
    }
}
