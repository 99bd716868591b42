package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.PrunedRecords;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.StoreUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Prunes one validator (see {@link PrunedRecords}): first the head — low watermarks raised to
 * the pruned records, pending record written out and removed, version raised (conditional, so a
 * concurrent signing is judged again against the new watermarks) — then the summary records are
 * written over the highest pruned items and the other pruned items deleted. Stopped midway, it
 * leaves more records than needed, never fewer protections.
 */
final class Prune {
    private final Table table;
    private final Signing signing;
    private final StagedImports staged;
    private final ValidatorLocks locks;
    private final int maxAttempts;

    Prune(Table table, Signing signing, StagedImports staged, ValidatorLocks locks, int maxAttempts) {
        this.table = table;
        this.signing = signing;
        this.staged = staged;
        this.locks = locks;
        this.maxAttempts = maxAttempts;
    }

    /** Every validator with items, in public key order. */
    List<BlsPublicKey> validators() {
        return table.scan().stream().map(item -> item.get(Items.PK).s()).filter(pk -> pk.startsWith(Items.VALIDATOR_PREFIX))
                .distinct().sorted().map(Items::pubkeyOf).toList();
    }

    Optional<PruneReport.Entry> validator(BlsPublicKey pubkey, long epochsToKeep, long slotsToKeep) {
        return locks.withLock(pubkey, () -> {
            ValidatorPartition first = signing.read(pubkey);
            if (!first.committedStaged().isEmpty()) {
                staged.apply(first);
            }
            for (int attempt = 1; attempt <= maxAttempts; attempt++) {
                switch (attempt(signing.read(pubkey), epochsToKeep, slotsToKeep)) {
                    case Outcome.Done done -> {
                        return done.entry();
                    }
                    case Outcome.Conflict conflict -> Signing.backoff(attempt);
                }
            }
            throw new StoreUnavailableException("another signer kept changing validator " + pubkey + " during the prune", null);
        });
    }

    /** What one attempt came to. */
    private sealed interface Outcome {
        /** Pruned (the report's entry), or nothing was old enough (empty). */
        record Done(Optional<PruneReport.Entry> entry) implements Outcome {
        }

        /** Another writer changed the head first: read again. */
        record Conflict() implements Outcome {
        }
    }

    private Outcome attempt(ValidatorPartition partition, long epochsToKeep, long slotsToKeep) {
        String pk = Items.validatorKey(partition.pubkey());
        Optional<Slot> slotCutoff = PrunedRecords.blockCutoff(partition.highestSlot(), slotsToKeep);
        Optional<Epoch> targetCutoff = PrunedRecords.attestationCutoff(partition.highestTarget(), epochsToKeep);
        Map<Slot, Set<Optional<Root>>> oldBlocks = slotCutoff
                .<Map<Slot, Set<Optional<Root>>>>map(cutoff -> partition.blocks().headMap(cutoff, false)).orElse(Map.of());
        Map<Epoch, Set<SignedAttestation>> oldVotes = targetCutoff
                .<Map<Epoch, Set<SignedAttestation>>>map(cutoff -> partition.votes().headMap(cutoff, false)).orElse(Map.of());
        long blockCount = oldBlocks.values().stream().mapToLong(Set::size).sum();
        long voteCount = oldVotes.values().stream().mapToLong(Set::size).sum();
        if (blockCount == 0 && voteCount == 0) {
            return new Outcome.Done(Optional.empty());
        }
        PrunedRecords pruned = new PrunedRecords(blockCount, voteCount,
                oldBlocks.keySet().stream().max(Slot::compareTo),
                oldVotes.values().stream().flatMap(Set::stream).map(SignedAttestation::sourceEpoch).max(Epoch::compareTo),
                oldVotes.keySet().stream().max(Epoch::compareTo));
        partition.unwrittenPending().ifPresent(pending -> table.add(pk, pending));
        if (!table.commitHead(pk, partition.head().version(),
                LowWatermarkAttributes.of(partition.lowWatermarks().afterPrune(pruned)), List.of(Head.PENDING))) {
            return new Outcome.Conflict();
        }
        pruned.highestSlot().ifPresent(slot -> table.put(record(pk, Items.blockKey(slot), RecordWrite.ROOTS, Items.UNKNOWN)));
        pruned.highestTarget().ifPresent(target -> table.put(record(pk, Items.voteKey(target), RecordWrite.VOTES,
                Items.voteElement(new SignedAttestation(pruned.highestSource().orElseThrow(), target, Optional.empty())))));
        new TreeMap<>(oldBlocks).keySet().stream().filter(slot -> !pruned.highestSlot().orElseThrow().equals(slot))
                .forEach(slot -> table.delete(pk, Items.blockKey(slot)));
        new TreeMap<>(oldVotes).keySet().stream().filter(target -> !pruned.highestTarget().orElseThrow().equals(target))
                .forEach(target -> table.delete(pk, Items.voteKey(target)));
        return new Outcome.Done(Optional.of(new PruneReport.Entry(partition.pubkey(), blockCount, voteCount)));
    }

    private static Map<String, AttributeValue> record(String pk, String sk, String attribute, String element) {
        Map<String, AttributeValue> item = new HashMap<>(Items.key(pk, sk));
        item.put(attribute, AttributeValue.fromSs(List.of(element)));
        return item;
    }
}
