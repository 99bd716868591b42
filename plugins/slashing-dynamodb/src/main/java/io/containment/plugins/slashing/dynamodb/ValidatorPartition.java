package io.containment.plugins.slashing.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.LowWatermarks;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.ValidatorHistory;
import io.containment.api.slashing.ValidatorRecords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One validator's items, read with one consistent query, as the shared rules see them: the head
 * and every record item, with the head's {@code pending} record folded in (it is recorded even
 * before its record item is written). All questions of {@link ValidatorRecords} are answered in
 * memory; prune keeps the partition small.
 */
final class ValidatorPartition implements ValidatorRecords<RuntimeException> {
    private final BlsPublicKey pubkey;
    private final Head head;
    private final NavigableMap<Slot, Set<Optional<Root>>> blocks = new TreeMap<>();
    private final NavigableMap<Epoch, Set<SignedAttestation>> votes = new TreeMap<>();
    private final Optional<RecordWrite> unwrittenPending;
    private final List<Map<String, AttributeValue>> committedStaged = new ArrayList<>();
    private LowWatermarks lowWatermarks;

    private ValidatorPartition(BlsPublicKey pubkey, Head head, List<Map<String, AttributeValue>> items,
                               Predicate<String> committedImports) {
        this.pubkey = pubkey;
        this.head = head;
        this.lowWatermarks = head.lowWatermarks();
        for (Map<String, AttributeValue> item : items) {
            String sk = item.get(Items.SK).s();
            if (sk.startsWith(Items.STAGED_PREFIX)) {
                if (committedImports.test(Items.importIdOf(sk))) {
                    committedStaged.add(item);
                    addRecords(Items.realKeyOf(sk), item);
                }
            } else {
                addRecords(sk, item);
            }
        }
        Optional<RecordWrite> pending = head.pending().map(RecordWrite::ofPending);
        this.unwrittenPending = pending.filter(write -> !contains(write));
        pending.ifPresent(this::add);
    }

    /**
     * The partition of {@code pubkey} from the items of its query (any order; empty for an unknown
     * validator); staged items count when their import committed.
     */
    static ValidatorPartition of(BlsPublicKey pubkey, List<Map<String, AttributeValue>> items, Predicate<String> committedImports) {
        Head head = items.stream().filter(item -> Items.HEAD.equals(item.get(Items.SK).s())).findFirst()
                .map(Head::of).orElse(Head.NONE);
        return new ValidatorPartition(pubkey, head, items, committedImports);
    }

    private void addRecords(String sk, Map<String, AttributeValue> item) {
        if (sk.startsWith(Items.BLOCK_PREFIX) && item.containsKey(RecordWrite.ROOTS)) {
            Slot slot = new Slot(Items.unpadded(sk.substring(Items.BLOCK_PREFIX.length())));
            item.get(RecordWrite.ROOTS).ss().forEach(root -> add(new SignedBlock(slot, Items.root(root))));
        } else if (sk.startsWith(Items.VOTE_PREFIX) && item.containsKey(RecordWrite.VOTES)) {
            Epoch target = new Epoch(Items.unpadded(sk.substring(Items.VOTE_PREFIX.length())));
            item.get(RecordWrite.VOTES).ss().forEach(vote -> add(Items.vote(target, vote)));
        } else if (sk.equals(Items.STAGED_WATERMARKS)) {
            lowWatermarks = LowWatermarkAttributes.higher(lowWatermarks, Head.of(item).lowWatermarks());
        }
    }

    /** Items of committed imports not yet applied to the real items and the head (see {@link InterchangeImport}). */
    List<Map<String, AttributeValue>> committedStaged() {
        return committedStaged;
    }

    BlsPublicKey pubkey() {
        return pubkey;
    }

    Head head() {
        return head;
    }

    /** The head's pending record when its record item does not hold it yet. */
    Optional<RecordWrite> unwrittenPending() {
        return unwrittenPending;
    }

    boolean contains(RecordWrite write) {
        return switch (write) {
            case RecordWrite.Block block -> blocks.getOrDefault(block.record().slot(), Set.of())
                    .contains(block.record().signingRoot());
            case RecordWrite.Vote vote -> votes.getOrDefault(vote.record().targetEpoch(), Set.of()).contains(vote.record());
        };
    }

    @Override
    public boolean enabled() {
        return head.enabled();
    }

    @Override
    public List<SignedBlock> blocksAt(Slot slot) {
        return blocks.getOrDefault(slot, Set.of()).stream().map(root -> new SignedBlock(slot, root)).toList();
    }

    @Override
    public List<SignedAttestation> attestationsWithTarget(Epoch target) {
        return List.copyOf(votes.getOrDefault(target, Set.of()));
    }

    @Override
    public Optional<SignedAttestation> surrounding(Epoch source, Epoch target) {
        return votes.tailMap(target, false).values().stream().flatMap(Set::stream)
                .filter(vote -> vote.sourceEpoch().compareTo(source) < 0).findFirst();
    }

    @Override
    public Optional<SignedAttestation> surroundedBy(Epoch source, Epoch target) {
        return votes.headMap(target, false).values().stream().flatMap(Set::stream)
                .filter(vote -> vote.sourceEpoch().compareTo(source) > 0).findFirst();
    }

    /** The head's low watermarks, raised by those of committed imports not yet applied. */
    @Override
    public LowWatermarks lowWatermarks() {
        return lowWatermarks;
    }

    Optional<Slot> highestSlot() {
        return blocks.isEmpty() ? Optional.empty() : Optional.of(blocks.lastKey());
    }

    Optional<Epoch> highestTarget() {
        return votes.isEmpty() ? Optional.empty() : Optional.of(votes.lastKey());
    }

    Optional<Epoch> highestSource() {
        return votes.values().stream().flatMap(Set::stream).map(SignedAttestation::sourceEpoch).max(Comparator.naturalOrder());
    }

    /** Block records by slot (a slot may hold several roots after an import). */
    NavigableMap<Slot, Set<Optional<Root>>> blocks() {
        return blocks;
    }

    /** Vote records by target epoch. */
    NavigableMap<Epoch, Set<SignedAttestation>> votes() {
        return votes;
    }

    /** Every record, blocks by slot and votes by target. */
    ValidatorHistory history() {
        List<SignedBlock> signedBlocks = new ArrayList<>();
        blocks.forEach((slot, roots) -> roots.forEach(root -> signedBlocks.add(new SignedBlock(slot, root))));
        List<SignedAttestation> signedVotes = new ArrayList<>();
        votes.values().forEach(signedVotes::addAll);
        return new ValidatorHistory(pubkey, signedBlocks, signedVotes);
    }

    private void add(RecordWrite write) {
        switch (write) {
            case RecordWrite.Block block -> add(block.record());
            case RecordWrite.Vote vote -> add(vote.record());
        }
    }

    private void add(SignedBlock block) {
        blocks.computeIfAbsent(block.slot(), s -> new LinkedHashSet<>()).add(block.signingRoot());
    }

    private void add(SignedAttestation vote) {
        votes.computeIfAbsent(vote.targetEpoch(), t -> new LinkedHashSet<>()).add(vote);
    }
}
