package io.containment.api.slashing;

import io.containment.api.consensus.Root;
import java.util.List;
import java.util.Optional;

/**
 * The EIP-3076 rules against a complete history, written once for every store. A store opens its
 * lock or transaction, hands its view of the validator to {@link #judge}, and records the message
 * when the verdict is {@link SlashingVerdict.Valid}.
 *
 * <p>Blocks, in this order: validator disabled → {@code ValidatorDisabled}; at or above the high
 * watermark → {@code AboveHighWatermark}; records at the slot: all with the request's signing root
 * → {@code SameData}, any other or unknown root → {@code DoubleProposal} carrying it; at or below
 * the low watermark → {@code BlockBelowLowWatermark}; otherwise {@code Valid}. Nothing but the
 * watermarks limits slots before or after the recorded ones: a complete history proves those slots
 * were never signed.
 *
 * <p>Attestations, in this order: source after target → {@code SourceExceedsTarget}; disabled;
 * above the high watermark; records with the target: all with the same source and signing root →
 * {@code SameData}, any other → {@code DoubleVote}; a record with earlier source and later target →
 * {@code SurroundedByPrevious}; a record with later source and earlier target →
 * {@code SurroundsPrevious}; below the low watermarks → {@code AttestationBelowLowWatermark};
 * otherwise {@code Valid}.
 */
public final class SlashingRules {
    private SlashingRules() {
    }

    /** The verdict for a block proposal. */
    public static <X extends Exception> SlashingVerdict judge(BlockProposal proposal, ValidatorRecords<X> records,
                                                              Optional<HighWatermark> highWatermark) throws X {
        if (!records.enabled()) {
            return new SlashingVerdict.ValidatorDisabled(proposal.publicKey());
        }
        if (highWatermark.isPresent() && highWatermark.get().stops(proposal.slot())) {
            return new SlashingVerdict.AboveHighWatermark(highWatermark.get());
        }
        List<SignedBlock> atSlot = records.blocksAt(proposal.slot());
        if (!atSlot.isEmpty()) {
            Optional<Root> root = Optional.of(proposal.signingRoot());
            return atSlot.stream().filter(previous -> !previous.signingRoot().equals(root)).findFirst()
                    .<SlashingVerdict>map(SlashingVerdict.DoubleProposal::new)
                    .orElseGet(SlashingVerdict.SameData::new);
        }
        LowWatermarks watermarks = records.lowWatermarks();
        if (watermarks.stops(proposal.slot())) {
            return new SlashingVerdict.BlockBelowLowWatermark(watermarks.blockSlot().orElseThrow());
        }
        return new SlashingVerdict.Valid();
    }

    /** The verdict for an attestation vote. */
    public static <X extends Exception> SlashingVerdict judge(AttestationVote vote, ValidatorRecords<X> records,
                                                              Optional<HighWatermark> highWatermark) throws X {
        if (vote.sourceEpoch().compareTo(vote.targetEpoch()) > 0) {
            return new SlashingVerdict.SourceExceedsTarget(vote.sourceEpoch(), vote.targetEpoch());
        }
        if (!records.enabled()) {
            return new SlashingVerdict.ValidatorDisabled(vote.publicKey());
        }
        if (highWatermark.isPresent() && highWatermark.get().stops(vote.sourceEpoch(), vote.targetEpoch())) {
            return new SlashingVerdict.AboveHighWatermark(highWatermark.get());
        }
        List<SignedAttestation> sameTarget = records.attestationsWithTarget(vote.targetEpoch());
        if (!sameTarget.isEmpty()) {
            return sameTarget.stream().filter(previous -> !isIdentical(previous, vote)).findFirst()
                    .<SlashingVerdict>map(SlashingVerdict.DoubleVote::new)
                    .orElseGet(SlashingVerdict.SameData::new);
        }
        Optional<SignedAttestation> surrounding = records.surrounding(vote.sourceEpoch(), vote.targetEpoch());
        if (surrounding.isPresent()) {
            return new SlashingVerdict.SurroundedByPrevious(surrounding.get());
        }
        Optional<SignedAttestation> surrounded = records.surroundedBy(vote.sourceEpoch(), vote.targetEpoch());
        if (surrounded.isPresent()) {
            return new SlashingVerdict.SurroundsPrevious(surrounded.get());
        }
        LowWatermarks watermarks = records.lowWatermarks();
        if (watermarks.stops(vote.sourceEpoch(), vote.targetEpoch())) {
            return new SlashingVerdict.AttestationBelowLowWatermark(watermarks.attestationSource().orElseThrow(),
                    watermarks.attestationTarget().orElseThrow());
        }
        return new SlashingVerdict.Valid();
    }

    private static boolean isIdentical(SignedAttestation previous, AttestationVote vote) {
        return previous.sourceEpoch().equals(vote.sourceEpoch())
                && previous.signingRoot().equals(Optional.of(vote.signingRoot()));
    }
}
