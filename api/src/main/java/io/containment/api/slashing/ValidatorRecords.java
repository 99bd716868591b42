package io.containment.api.slashing;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import java.util.List;
import java.util.Optional;

/**
 * A store's view of one validator's history, read inside the store's lock or transaction, for
 * {@link SlashingRules} to judge against. Each method answers one question, so a store can answer
 * it with one indexed query; an unknown validator answers empty everywhere and is enabled.
 *
 * @param <X> what the store's reads throw (e.g. {@code SQLException}); the rules pass it through
 */
public interface ValidatorRecords<X extends Exception> {
    /** Whether the validator may sign ({@code false} after a Key Manager delete). */
    boolean enabled() throws X;

    /** The records at the slot, in any order. */
    List<SignedBlock> blocksAt(Slot slot) throws X;

    /** The records with the target epoch, in any order. */
    List<SignedAttestation> attestationsWithTarget(Epoch target) throws X;

    /** A record with an earlier source and a later target than the given ones, if any. */
    Optional<SignedAttestation> surrounding(Epoch source, Epoch target) throws X;

    /** A record with a later source and an earlier target than the given ones, if any. */
    Optional<SignedAttestation> surroundedBy(Epoch source, Epoch target) throws X;

    /** The validator's low watermarks. */
    LowWatermarks lowWatermarks() throws X;
}
