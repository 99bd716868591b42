package io.containment.api.contract;

import static io.containment.api.contract.SlashingFixtures.TWO_POW_63;
import static io.containment.api.contract.SlashingFixtures.UINT64_MAX;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.signedAttestation;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict.DoubleVote;
import io.containment.api.slashing.SlashingVerdict.SameData;
import io.containment.api.slashing.SlashingVerdict.SourceExceedsTarget;
import io.containment.api.slashing.SlashingVerdict.SurroundedByPrevious;
import io.containment.api.slashing.SlashingVerdict.SurroundsPrevious;
import io.containment.api.slashing.SlashingVerdict.Valid;
import org.junit.jupiter.api.Test;

/** Attestation votes: no double vote, no surround either way, source ≤ target. */
public interface AttestationVoteContract extends SlashingContractPart {

    @Test
    default void firstVoteIsValid() {
        SlashingStore store = slashingFixture().open();

        assertThat(store.checkAndRecord(vote(validator(1), 1, 2, root("a")))).isEqualTo(new Valid());
    }

    @Test
    default void differentVoteForARecordedTargetIsADoubleVoteCarryingThePreviousRecord() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(vote(validator(1), 1, 2, root("a")));
        DoubleVote doubleVote = new DoubleVote(signedAttestation(1, 2, root("a")));

        assertThat(store.checkAndRecord(vote(validator(1), 1, 2, root("b")))).isEqualTo(doubleVote);
        assertThat(store.checkAndRecord(vote(validator(1), 0, 2, root("c")))).isEqualTo(doubleVote);
        assertThat(store.checkAndRecord(vote(validator(1), 0, 2, root("a")))).as("same root, other source").isEqualTo(doubleVote);
    }

    @Test
    default void identicalVoteReRequestIsSameDataAndSignsAgain() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(vote(validator(1), 1, 2, root("a")));

        assertThat(store.checkAndRecord(vote(validator(1), 1, 2, root("a")))).isEqualTo(new SameData());
        assertThat(store.checkAndRecord(vote(validator(1), 1, 2, root("a")))).isEqualTo(new SameData());
    }

    @Test
    default void voteSurroundingARecordedVoteIsRefused() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(vote(validator(1), 3, 4, root("a")));

        assertThat(store.checkAndRecord(vote(validator(1), 2, 5, root("b"))))
                .isEqualTo(new SurroundsPrevious(signedAttestation(3, 4, root("a"))));
    }

    @Test
    default void voteSurroundedByARecordedVoteIsRefused() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(vote(validator(1), 2, 5, root("a")));

        assertThat(store.checkAndRecord(vote(validator(1), 3, 4, root("b"))))
                .isEqualTo(new SurroundedByPrevious(signedAttestation(2, 5, root("a"))));
    }

    @Test
    default void voteWithSourceAfterTargetIsRefusedAndNotRecorded() {
        SlashingStore store = slashingFixture().open();

        assertThat(store.checkAndRecord(vote(validator(1), 5, 4, root("a"))))
                .isEqualTo(new SourceExceedsTarget(new Epoch(5), new Epoch(4)));
        assertThat(store.exportInterchange().data()).allSatisfy(h -> assertThat(h.signedAttestations()).isEmpty());
    }

    @Test
    default void votesThatNeitherShareATargetNorSurroundAreValidInAnyOrder() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);

        assertThat(store.checkAndRecord(vote(validator, 0, 0, root("genesis")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator, 2, 3, root("a")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator, 3, 5, root("b")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator, 4, 6, root("c")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator, 1, 2, root("d")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator, 3, 4, root("e")))).isEqualTo(new Valid());
    }

    @Test
    default void votesOfOneValidatorDoNotConstrainAnother() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(vote(validator(1), 3, 4, root("a")));

        assertThat(store.checkAndRecord(vote(validator(2), 3, 4, root("b")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator(2), 2, 5, root("c")))).isEqualTo(new SurroundsPrevious(
                signedAttestation(3, 4, root("b"))));
        assertThat(store.checkAndRecord(vote(validator(3), 2, 5, root("c")))).isEqualTo(new Valid());
    }

    @Test
    default void checkIsADryRunThatNeverRecordsAVote() {
        SlashingStore store = slashingFixture().open();

        assertThat(store.check(vote(validator(1), 3, 4, root("a")))).isEqualTo(new Valid());
        assertThat(store.check(vote(validator(1), 2, 5, root("b")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator(1), 3, 4, root("c")))).isEqualTo(new Valid());
        assertThat(store.check(vote(validator(1), 3, 4, root("a")))).isEqualTo(new DoubleVote(signedAttestation(3, 4, root("c"))));
        assertThat(store.check(vote(validator(1), 3, 4, root("c")))).isEqualTo(new SameData());
        assertThat(store.check(vote(validator(1), 2, 5, root("b"))))
                .isEqualTo(new SurroundsPrevious(signedAttestation(3, 4, root("c"))));
        assertThat(store.exportInterchange().data().getFirst().signedAttestations())
                .containsExactly(signedAttestation(3, 4, root("c")));
    }

    @Test
    default void epochsAreUnsigned64BitNumbersComparedUnsigned() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);

        assertThat(store.checkAndRecord(vote(validator, 1, TWO_POW_63 + 1, root("a")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator, 2, 3, root("b"))))
                .isEqualTo(new SurroundedByPrevious(signedAttestation(1, TWO_POW_63 + 1, root("a"))));
        assertThat(store.checkAndRecord(vote(validator, TWO_POW_63, 1, root("c"))))
                .isEqualTo(new SourceExceedsTarget(new Epoch(TWO_POW_63), new Epoch(1)));
        assertThat(store.checkAndRecord(vote(validator, TWO_POW_63, UINT64_MAX, root("d")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator, TWO_POW_63, UINT64_MAX, root("d")))).isEqualTo(new SameData());
        assertThat(store.checkAndRecord(vote(validator, 0, UINT64_MAX, root("e"))))
                .isEqualTo(new DoubleVote(signedAttestation(TWO_POW_63, UINT64_MAX, root("d"))));
        assertThat(store.exportInterchange().data().getFirst().signedAttestations()).containsExactlyInAnyOrder(
                signedAttestation(1, TWO_POW_63 + 1, root("a")), signedAttestation(TWO_POW_63, UINT64_MAX, root("d")));
    }
}
