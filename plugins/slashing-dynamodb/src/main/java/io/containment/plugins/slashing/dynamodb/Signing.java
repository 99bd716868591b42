package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingRules;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Check-and-record, linearisable per validator across every signer sharing the table, with
 * single-item conditional writes only:
 * <ol>
 *   <li>read the validator's partition (one consistent query: head, records, the head's pending
 *       record) and the high watermark, and judge with {@link SlashingRules};</li>
 *   <li>when {@code Valid}: write the head's previous pending record into its record item if it is
 *       not there yet (helping the previous writer), then update the head — version raised by one,
 *       {@code pending} = the new record — on condition that the version is still the one read.
 *       This conditional write is the commit: the record is durable from here on;</li>
 *   <li>write the new record into its record item (a later writer would do it otherwise).</li>
 * </ol>
 * Another signer that committed in between makes the condition fail: read again and judge again,
 * a few times with jittered backoff, then {@link StoreUnavailableException} (no signature).
 */
final class Signing {
    private final Table table;
    private final ValidatorLocks locks;
    private final Supplier<Optional<HighWatermark>> highWatermark;
    private final int maxAttempts;

    Signing(Table table, ValidatorLocks locks, Supplier<Optional<HighWatermark>> highWatermark, int maxAttempts) {
        this.table = table;
        this.locks = locks;
        this.highWatermark = highWatermark;
        this.maxAttempts = maxAttempts;
    }

    SlashingVerdict checkAndRecord(BlockProposal proposal) {
        RecordWrite write = new RecordWrite.Block(new SignedBlock(proposal.slot(), Optional.of(proposal.signingRoot())));
        return locks.withLock(proposal.publicKey(), () -> commitWhenValid(proposal.publicKey(),
                partition -> SlashingRules.judge(proposal, partition, highWatermark.get()), write));
    }

    SlashingVerdict checkAndRecord(AttestationVote vote) {
        RecordWrite write = new RecordWrite.Vote(new SignedAttestation(vote.sourceEpoch(), vote.targetEpoch(),
                Optional.of(vote.signingRoot())));
        return locks.withLock(vote.publicKey(), () -> commitWhenValid(vote.publicKey(),
                partition -> SlashingRules.judge(vote, partition, highWatermark.get()), write));
    }

    SlashingVerdict check(BlockProposal proposal) {
        return SlashingRules.judge(proposal, read(proposal.publicKey()), highWatermark.get());
    }

    SlashingVerdict check(AttestationVote vote) {
        return SlashingRules.judge(vote, read(vote.publicKey()), highWatermark.get());
    }

    ValidatorPartition read(BlsPublicKey validator) {
        return ValidatorPartition.of(validator, table.partition(Items.validatorKey(validator)), new ImportMarkers(table));
    }

    private SlashingVerdict commitWhenValid(BlsPublicKey validator, Function<ValidatorPartition, SlashingVerdict> judge,
                                            RecordWrite write) {
        String pk = Items.validatorKey(validator);
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            ValidatorPartition partition = read(validator);
            SlashingVerdict verdict = judge.apply(partition);
            if (!(verdict instanceof SlashingVerdict.Valid)) {
                return verdict;
            }
            partition.unwrittenPending().ifPresent(pending -> table.add(pk, pending));
            if (table.commitHead(pk, partition.head().version(), Map.of(Head.PENDING, Items.s(write.pending())), List.of())) {
                table.add(pk, write);
                return verdict;
            }
            backoff(attempt);
        }
        throw new StoreUnavailableException("another signer kept changing validator " + validator + "'s history: gave up after "
                + maxAttempts + " attempts", null);
    }

    static void backoff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while retrying a conditional write", e);
        }
    }
}
