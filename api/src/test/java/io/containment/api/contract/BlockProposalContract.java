package io.containment.api.contract;

import static io.containment.api.contract.SlashingFixtures.TWO_POW_63;
import static io.containment.api.contract.SlashingFixtures.UINT64_MAX;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.history;
import static io.containment.api.contract.SlashingFixtures.interchange;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.signedBlock;
import static io.containment.api.contract.SlashingFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict.BlockBelowLowWatermark;
import io.containment.api.slashing.SlashingVerdict.DoubleProposal;
import io.containment.api.slashing.SlashingVerdict.SameData;
import io.containment.api.slashing.SlashingVerdict.Valid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Block proposals: no two different blocks at one slot, identical re-requests sign again. */
public interface BlockProposalContract extends SlashingContractPart {

    @Test
    default void firstBlockAtASlotIsValid() {
        SlashingStore store = slashingFixture().open();

        assertThat(store.checkAndRecord(block(validator(1), 10, root("a")))).isEqualTo(new Valid());
    }

    @Test
    default void differentBlockAtARecordedSlotIsADoubleProposalCarryingThePreviousRecord() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 10, root("a")));

        assertThat(store.checkAndRecord(block(validator(1), 10, root("b"))))
                .isEqualTo(new DoubleProposal(signedBlock(10, root("a"))));
    }

    @Test
    default void identicalBlockReRequestIsSameDataAndSignsAgain() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 10, root("a")));

        assertThat(store.checkAndRecord(block(validator(1), 10, root("a")))).isEqualTo(new SameData());
        assertThat(store.checkAndRecord(block(validator(1), 10, root("a")))).isEqualTo(new SameData());
        assertThat(store.checkAndRecord(block(validator(1), 10, root("b"))))
                .isEqualTo(new DoubleProposal(signedBlock(10, root("a"))));
    }

    @Test
    default void blocksAtOtherSlotsAreValidInAnyOrderWithoutImportedWatermark() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 10, root("a")));

        assertThat(store.checkAndRecord(block(validator(1), 11, root("b")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator(1), 9, root("c")))).isEqualTo(new Valid());
    }

    @Test
    default void blocksOfOneValidatorDoNotConstrainAnother() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 10, root("a")));

        assertThat(store.checkAndRecord(block(validator(2), 10, root("b")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator(1), 10, root("b"))))
                .isEqualTo(new DoubleProposal(signedBlock(10, root("a"))));
    }

    @Test
    default void checkIsADryRunThatNeverRecordsABlock() {
        SlashingStore store = slashingFixture().open();

        assertThat(store.check(block(validator(1), 10, root("a")))).isEqualTo(new Valid());
        assertThat(store.check(block(validator(1), 10, root("a")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator(1), 10, root("b")))).isEqualTo(new Valid());
        assertThat(store.check(block(validator(1), 10, root("a")))).isEqualTo(new DoubleProposal(signedBlock(10, root("b"))));
        assertThat(store.check(block(validator(1), 10, root("b")))).isEqualTo(new SameData());
        assertThat(store.check(block(validator(1), 11, root("c")))).isEqualTo(new Valid());
        assertThat(store.exportInterchange().data()).singleElement()
                .satisfies(history -> assertThat(history.signedBlocks()).containsExactly(signedBlock(10, root("b"))));
    }

    @Test
    default void slotsAreUnsigned64BitNumbersStoredExactly() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);

        assertThat(store.checkAndRecord(block(validator, TWO_POW_63, root("a")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator, UINT64_MAX, root("b")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator, UINT64_MAX, root("b")))).isEqualTo(new SameData());
        assertThat(store.checkAndRecord(block(validator, UINT64_MAX, root("c"))))
                .isEqualTo(new DoubleProposal(signedBlock(UINT64_MAX, root("b"))));
        assertThat(store.checkAndRecord(block(validator, TWO_POW_63, root("c"))))
                .isEqualTo(new DoubleProposal(signedBlock(TWO_POW_63, root("a"))));
        assertThat(store.exportInterchange().data().getFirst().signedBlocks())
                .containsExactlyInAnyOrder(signedBlock(TWO_POW_63, root("a")), signedBlock(UINT64_MAX, root("b")));
    }

    @Test
    default void blockWatermarkIsComparedUnsigned() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);
        store.importInterchange(interchange(history(validator, List.of(signedBlock(TWO_POW_63, root("a"))), List.of())));
        BlockBelowLowWatermark belowWatermark = new BlockBelowLowWatermark(new Slot(TWO_POW_63));

        assertThat(store.checkAndRecord(block(validator, Long.MAX_VALUE, root("b")))).isEqualTo(belowWatermark);
        assertThat(store.checkAndRecord(block(validator, 5, root("b")))).isEqualTo(belowWatermark);
        assertThat(store.checkAndRecord(block(validator, TWO_POW_63 + 1, root("b")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator, UINT64_MAX, root("c")))).isEqualTo(new Valid());
    }
}
