package io.containment.api.contract;

import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.recordsByValidator;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.contract.ConcurrentAttempts.Judged;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.SignedAttestation;
import io.containment.api.slashing.SignedBlock;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many threads asking at once to sign conflicting messages for one validator: whatever the
 * interleaving, no two different messages for one slot (one target) are ever judged safe, no two
 * accepted votes surround each other, and exactly the accepted messages are recorded.
 */
public interface ConcurrentSigningContract extends SlashingContractPart {
    /** Slots (and target epochs) the threads fight over. */
    int CONTESTED = 16;

    @Test
    default void concurrentConflictingBlocksNeverGetTwoSafeRootsForOneSlot() throws InterruptedException {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(77);

        List<Judged<BlockProposal>> judged = ConcurrentAttempts.run(slashingFixture().threads(),
                slashingFixture().attemptsPerThread(), random -> {
                    long slot = 1 + random.nextInt(CONTESTED);
                    return block(validator, slot, root("block " + slot + "/" + random.nextInt(4)));
                }, store::checkAndRecord);

        List<BlockProposal> valid = messagesJudged(judged, SlashingVerdict.Valid.class);
        Map<Slot, Set<Root>> safeRoots = messagesJudged(judged, SlashingVerdict.Safe.class).stream()
                .collect(groupingBy(BlockProposal::slot, mapping(BlockProposal::signingRoot, toSet())));
        assertThat(safeRoots).as("slots with a safe block").isNotEmpty()
                .allSatisfy((slot, roots) -> assertThat(roots).as("roots judged safe at slot %s", slot).hasSize(1));
        assertThat(valid).extracting(BlockProposal::slot).doesNotHaveDuplicates();
        assertThat(valid).hasSameSizeAs(safeRoots.keySet());
        assertThat(recordsByValidator(store.exportInterchange().data()).get(validator).blocks())
                .isEqualTo(valid.stream().map(b -> new SignedBlock(b.slot(), Optional.of(b.signingRoot()))).collect(toSet()));
    }

    @Test
    default void concurrentConflictingVotesNeverGetTwoSafeRootsForOneTargetNorASurround() throws InterruptedException {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(78);

        List<Judged<AttestationVote>> judged = ConcurrentAttempts.run(slashingFixture().threads(),
                slashingFixture().attemptsPerThread(), random -> {
                    long target = 1 + random.nextInt(CONTESTED);
                    long source = Math.max(0, target - 1 - random.nextInt(4));
                    return vote(validator, source, target, root("vote " + source + "/" + target + "/" + random.nextInt(3)));
                }, store::checkAndRecord);

        List<AttestationVote> valid = messagesJudged(judged, SlashingVerdict.Valid.class);
        Map<Epoch, Set<Root>> safeRoots = messagesJudged(judged, SlashingVerdict.Safe.class).stream()
                .collect(groupingBy(AttestationVote::targetEpoch, mapping(AttestationVote::signingRoot, toSet())));
        assertThat(safeRoots).as("targets with a safe vote").isNotEmpty()
                .allSatisfy((target, roots) -> assertThat(roots).as("roots judged safe for target %s", target).hasSize(1));
        assertThat(valid).extracting(AttestationVote::targetEpoch).doesNotHaveDuplicates();
        assertThat(valid).hasSameSizeAs(safeRoots.keySet());
        for (AttestationVote outer : valid) {
            assertThat(valid).as("accepted votes surrounded by %s", outer).noneMatch(inner -> surrounds(outer, inner));
        }
        assertThat(recordsByValidator(store.exportInterchange().data()).get(validator).attestations())
                .isEqualTo(valid.stream().map(v -> new SignedAttestation(v.sourceEpoch(), v.targetEpoch(),
                        Optional.of(v.signingRoot()))).collect(toSet()));
    }

    private static <M> List<M> messagesJudged(List<Judged<M>> judged, Class<? extends SlashingVerdict> verdict) {
        return judged.stream().filter(j -> verdict.isInstance(j.verdict())).map(Judged::message).toList();
    }

    private static boolean surrounds(AttestationVote outer, AttestationVote inner) {
        return outer.sourceEpoch().compareTo(inner.sourceEpoch()) < 0 && outer.targetEpoch().compareTo(inner.targetEpoch()) > 0;
    }
}
