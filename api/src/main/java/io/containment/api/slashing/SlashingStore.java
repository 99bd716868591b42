package io.containment.api.slashing;

import io.containment.api.consensus.BlsPublicKey;
import java.util.Collection;

/**
 * Complete-history slashing protection for any number of validators. Implementations are
 * thread-safe; concurrent calls for one validator are serialised so that two conflicting
 * messages can never both be {@link SlashingVerdict.Safe}.
 *
 * <p>Rules (EIP-3076, complete history): no two different blocks at one slot; no two different
 * attestations with one target epoch; no surround vote in either direction; source ≤ target;
 * nothing at or below the low watermarks set by imports; a message identical to a recorded one
 * (same signing root) is {@link SlashingVerdict.SameData} and may be signed again.
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

    /** Whether the store can currently serve checks. Never throws. */
    StoreHealth health();

    @Override
    void close();
}
