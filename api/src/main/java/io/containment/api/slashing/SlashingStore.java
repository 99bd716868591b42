package io.containment.api.slashing;

import io.containment.api.consensus.BlsPublicKey;
import java.util.Collection;
import java.util.Optional;

/**
 * Complete-history slashing protection for any number of validators. Implementations are
 * thread-safe; concurrent calls for one validator are serialised so that two conflicting
 * messages can never both be {@link SlashingVerdict.Safe}.
 *
 * <p>Rules (EIP-3076, complete history): no two different blocks at one slot; no two different
 * attestations with one target epoch; no surround vote in either direction; source ≤ target;
 * nothing at or below the low watermarks set by imports; a message identical to a recorded one
 * (same signing root) is {@link SlashingVerdict.SameData} and may be signed again. A disabled
 * validator and anything at or above the high watermark are refused. {@link SlashingRules} holds
 * the rules for stores to share.
 *
 * <p>Since SPI 1.1: {@link #setEnabled}, {@link #highWatermark}, {@link #setHighWatermark} and
 * {@link #prune}. Their default bodies serve stores built against 1.0: no high watermark can be set,
 * and disabling or pruning is refused with {@link UnsupportedOperationException}.
 */
public interface SlashingStore extends AutoCloseable {
    /**
     * Checks the proposal and, when safe, records it durably (committed) before returning.
     *
     * @throws StoreUnavailableException when the store cannot decide; nothing may be signed
     */
    SlashingVerdict checkAndRecord(BlockProposal proposal);

    /** As {@link #checkAndRecord(BlockProposal)} for an attestation vote. */
    SlashingVerdict checkAndRecord(AttestationVote vote);

    /** The verdict {@link #checkAndRecord(BlockProposal)} would give, recording nothing. */
    SlashingVerdict check(BlockProposal proposal);

    /** The verdict {@link #checkAndRecord(AttestationVote)} would give, recording nothing. */
    SlashingVerdict check(AttestationVote vote);

    /**
     * Imports an EIP-3076 interchange, all or nothing: on any error nothing is written.
     *
     * @throws InvalidInterchangeException when the document cannot be imported (wrong genesis
     *                                     validators root, …)
     * @throws StoreUnavailableException   when the store is unreachable
     */
    ImportReport importInterchange(Interchange interchange);

    /** Exports the history of every validator the store knows. */
    Interchange exportInterchange();

    /** Exports the history of the given validators (unknown ones are left out). */
    Interchange exportInterchange(Collection<BlsPublicKey> validators);

    /**
     * Enables or disables a validator in this store (and in every signer sharing it): a disabled one
     * is refused with {@link SlashingVerdict.ValidatorDisabled}. Disabling an unknown validator
     * records it as disabled. Durable before returning.
     *
     * @since 1.1
     */
    default void setEnabled(BlsPublicKey validator, boolean enabled) {
        throw new UnsupportedOperationException("this slashing store was built for SPI 1.0 and cannot disable validators");
    }

    /**
     * The high watermark, if one is set.
     *
     * @since 1.1
     */
    default Optional<HighWatermark> highWatermark() {
        return Optional.empty();
    }

    /**
     * Sets ({@code Optional.of}) or removes ({@code Optional.empty()}) the high watermark.
     *
     * @since 1.1
     */
    default void setHighWatermark(Optional<HighWatermark> highWatermark) {
        throw new UnsupportedOperationException("this slashing store was built for SPI 1.0 and has no high watermark");
    }

    /**
     * Removes old records, per validator: blocks more than {@code slotsToKeep} slots below the
     * validator's highest recorded slot, attestations with a target more than {@code epochsToKeep}
     * epochs below its highest recorded target. The removed records are folded into one summary
     * record of each kind and the low watermarks are raised to it (see {@link PrunedRecords}), so
     * nothing that was refused before becomes signable. One transaction per validator at most.
     *
     * @since 1.1
     */
    default PruneReport prune(long epochsToKeep, long slotsToKeep) {
        throw new UnsupportedOperationException("this slashing store was built for SPI 1.0 and cannot prune");
    }

    /** Whether the store can currently serve checks. Never throws. */
    StoreHealth health();

    @Override
    void close();
}
