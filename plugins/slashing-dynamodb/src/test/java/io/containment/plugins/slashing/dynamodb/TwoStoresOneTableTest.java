package io.containment.plugins.slashing.dynamodb;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.ValidatorHistory;
import io.containment.testing.dynalite.DynaliteExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two stores with their own clients on one table stand for two signers on two hosts: only the
 * conditional writes keep them from both accepting conflicting messages (each store's own lock
 * cannot see the other's requests).
 */
class TwoStoresOneTableTest {
    @RegisterExtension
    static final DynaliteExtension DYNALITE = new DynaliteExtension();

    private static final int THREADS = 8;
    private static final int ATTEMPTS = 30;
    /** Slots (targets) contested: each thread asks twice per slot, with its own roots. */
    private static final int CONTESTED = ATTEMPTS / 2;

    @Test
    void twoStoresNeverBothAcceptDifferentBlocksAtOneSlot() throws Exception {
        String table = DynamoDbStores.freshTable();
        try (SlashingStore first = DynamoDbStores.open(DYNALITE.dynalite(), table, GENESIS_VALIDATORS_ROOT);
             SlashingStore second = DynamoDbStores.open(DYNALITE.dynalite(), table, GENESIS_VALIDATORS_ROOT)) {
            List<Judged<BlockProposal>> judged = race(first, second,
                    (random, thread, i) -> block(validator(1), 1 + i / 2, root(thread + "/" + i)),
                    (store, proposal) -> store.checkAndRecord(proposal));

            List<BlockProposal> valid = judged.stream().filter(j -> j.verdict() instanceof SlashingVerdict.Valid)
                    .map(Judged::message).toList();
            assertThat(valid).extracting(BlockProposal::slot).doesNotHaveDuplicates().hasSize(CONTESTED);
            assertThat(judged).filteredOn(j -> j.verdict() instanceof SlashingVerdict.Safe).hasSize(CONTESTED);
            ValidatorHistory recorded = first.exportInterchange().data().getFirst();
            assertThat(recorded.signedBlocks()).containsExactlyInAnyOrderElementsOf(
                    valid.stream().map(b -> new SignedBlock(b.slot(), Optional.of(b.signingRoot()))).toList());
            assertThat(second.exportInterchange()).isEqualTo(first.exportInterchange());
        }
    }

    @Test
    void twoStoresNeverBothAcceptDifferentVotesForOneTargetNorSurroundingVotes() throws Exception {
        String table = DynamoDbStores.freshTable();
        try (SlashingStore first = DynamoDbStores.open(DYNALITE.dynalite(), table, GENESIS_VALIDATORS_ROOT);
             SlashingStore second = DynamoDbStores.open(DYNALITE.dynalite(), table, GENESIS_VALIDATORS_ROOT)) {
            List<Judged<AttestationVote>> judged = race(first, second, (random, thread, i) -> {
                long target = 1 + i / 2;
                long source = Math.max(0, target - 1 - random.nextInt(5));
                return vote(validator(2), source, target, root(thread + "/" + i));
            }, (store, vote) -> store.checkAndRecord(vote));

            List<AttestationVote> valid = judged.stream().filter(j -> j.verdict() instanceof SlashingVerdict.Valid)
                    .map(Judged::message).toList();
            assertThat(valid).isNotEmpty().extracting(AttestationVote::targetEpoch).doesNotHaveDuplicates();
            Map<Epoch, Long> safePerTarget = judged.stream().filter(j -> j.verdict() instanceof SlashingVerdict.Safe)
                    .collect(Collectors.groupingBy(j -> j.message().targetEpoch(), Collectors.counting()));
            assertThat(safePerTarget).allSatisfy((target, count) -> assertThat(count).as("safe votes for target %s", target).isOne());
            for (AttestationVote outer : valid) {
                assertThat(valid).as("accepted votes surrounded by %s", outer).noneMatch(inner ->
                        outer.sourceEpoch().compareTo(inner.sourceEpoch()) < 0 && outer.targetEpoch().compareTo(inner.targetEpoch()) > 0);
            }
            assertThat(second.exportInterchange().data().getFirst().signedAttestations()).containsExactlyInAnyOrderElementsOf(
                    valid.stream().map(v -> new SignedAttestation(v.sourceEpoch(), v.targetEpoch(), Optional.of(v.signingRoot()))).toList());
        }
    }

    @Test
    void aValidatorDisabledThroughOneStoreIsRefusedByTheOther() {
        String table = DynamoDbStores.freshTable();
        try (SlashingStore first = DynamoDbStores.open(DYNALITE.dynalite(), table, GENESIS_VALIDATORS_ROOT);
             SlashingStore second = DynamoDbStores.open(DYNALITE.dynalite(), table, GENESIS_VALIDATORS_ROOT)) {
            assertThat(second.checkAndRecord(block(validator(3), 5, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);

            first.setEnabled(validator(3), false);

            assertThat(second.checkAndRecord(block(validator(3), 6, root("b"))))
                    .isEqualTo(new SlashingVerdict.ValidatorDisabled(validator(3)));
            assertThat(second.check(block(validator(3), 5, root("a")))).isInstanceOf(SlashingVerdict.ValidatorDisabled.class);
            assertThat(new Slot(5)).isEqualTo(second.exportInterchange().data().getFirst().signedBlocks().getFirst().slot());
        }
    }

    private record Judged<M>(M message, SlashingVerdict verdict) {
    }

    /** The i-th message of a thread: every thread walks the slots (targets) in the same order, so the stores race on each. */
    private interface Messages<M> {
        M next(Random random, String thread, int i);
    }

    private interface Call<M> {
        SlashingVerdict apply(SlashingStore store, M message);
    }

    private static <M> List<Judged<M>> race(SlashingStore first, SlashingStore second, Messages<M> messages, Call<M> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Judged<M>>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                SlashingStore store = t % 2 == 0 ? first : second;
                String thread = "thread " + t;
                Random random = new Random(t);
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Judged<M>> judged = new ArrayList<>();
                    for (int i = 0; i < ATTEMPTS; i++) {
                        M message = messages.next(random, thread, i);
                        judged.add(new Judged<>(message, call.apply(store, message)));
                    }
                    return judged;
                }));
            }
            start.countDown();
            List<Judged<M>> all = new ArrayList<>();
            for (Future<List<Judged<M>>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
