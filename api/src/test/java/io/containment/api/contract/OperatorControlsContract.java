package io.containment.api.contract;

import static io.containment.api.contract.SlashingFixtures.UINT64_MAX;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.recordsByValidator;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.signedAttestationWithoutRoot;
import static io.containment.api.contract.SlashingFixtures.signedBlockWithoutRoot;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict.AboveHighWatermark;
import io.containment.api.slashing.SlashingVerdict.AttestationBelowLowWatermark;
import io.containment.api.slashing.SlashingVerdict.BlockBelowLowWatermark;
import io.containment.api.slashing.SlashingVerdict.DoubleProposal;
import io.containment.api.slashing.SlashingVerdict.SameData;
import io.containment.api.slashing.SlashingVerdict.SourceExceedsTarget;
import io.containment.api.slashing.SlashingVerdict.SurroundedByPrevious;
import io.containment.api.slashing.SlashingVerdict.SurroundsPrevious;
import io.containment.api.slashing.SlashingVerdict.Valid;
import io.containment.api.slashing.SlashingVerdict.ValidatorDisabled;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What operators do to a store (SPI 1.1): disable a deleted validator, set a high watermark, prune. */
public interface OperatorControlsContract extends SlashingContractPart {

    @Test
    default void disabledValidatorIsRefusedEvenForIdenticalReRequestsAndDryRuns() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 10, root("a")));
        store.checkAndRecord(vote(validator(1), 1, 2, root("v")));

        store.setEnabled(validator(1), false);

        assertThat(store.checkAndRecord(block(validator(1), 10, root("a")))).isEqualTo(new ValidatorDisabled(validator(1)));
        assertThat(store.checkAndRecord(block(validator(1), 11, root("b")))).isEqualTo(new ValidatorDisabled(validator(1)));
        assertThat(store.checkAndRecord(vote(validator(1), 2, 3, root("w")))).isEqualTo(new ValidatorDisabled(validator(1)));
        assertThat(store.check(block(validator(1), 12, root("c")))).isEqualTo(new ValidatorDisabled(validator(1)));
        assertThat(store.checkAndRecord(block(validator(2), 11, root("b")))).isEqualTo(new Valid());
    }

    @Test
    default void disablingAnUnknownValidatorRefusesItsFirstMessage() {
        SlashingStore store = slashingFixture().open();

        store.setEnabled(validator(3), false);

        assertThat(store.checkAndRecord(vote(validator(3), 1, 2, root("v")))).isEqualTo(new ValidatorDisabled(validator(3)));
    }

    @Test
    default void reEnabledValidatorSignsAgainAgainstItsKeptHistory() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 10, root("a")));
        store.setEnabled(validator(1), false);

        store.setEnabled(validator(1), true);

        assertThat(store.checkAndRecord(block(validator(1), 10, root("a")))).isEqualTo(new SameData());
        assertThat(store.checkAndRecord(block(validator(1), 11, root("b")))).isEqualTo(new Valid());
    }

    @Test
    default void disabledValidatorIsStillExportedWithItsHistory() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 10, root("a")));

        store.setEnabled(validator(1), false);

        assertThat(recordsByValidator(store.exportInterchange().data()).get(validator(1)).blocks()).hasSize(1);
    }

    @Test
    default void highWatermarkIsAbsentUntilSetAndCanBeRemoved() {
        SlashingStore store = slashingFixture().open();
        assertThat(store.highWatermark()).isEmpty();
        HighWatermark ceiling = new HighWatermark(new Slot(UINT64_MAX), new Epoch(UINT64_MAX));

        store.setHighWatermark(Optional.of(ceiling));
        assertThat(store.highWatermark()).contains(ceiling);

        store.setHighWatermark(Optional.empty());
        assertThat(store.highWatermark()).isEmpty();
    }

    @Test
    default void highWatermarkRefusesBlocksAtOrAboveItsSlotAndVotesAtOrAboveItsEpoch() {
        SlashingStore store = slashingFixture().open();
        HighWatermark ceiling = new HighWatermark(new Slot(100), new Epoch(3));
        store.setHighWatermark(Optional.of(ceiling));

        assertThat(store.checkAndRecord(block(validator(1), 99, root("a")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator(1), 100, root("b")))).isEqualTo(new AboveHighWatermark(ceiling));
        assertThat(store.checkAndRecord(vote(validator(1), 1, 2, root("v")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator(1), 2, 3, root("w")))).isEqualTo(new AboveHighWatermark(ceiling));
        assertThat(store.checkAndRecord(vote(validator(1), 4, 3, root("x")))).isEqualTo(new SourceExceedsTarget(new Epoch(4), new Epoch(3)));
    }

    @Test
    default void pruneKeepsTheNewestRecordsAndReportsWhatItRemoved() {
        SlashingStore store = slashingFixture().open();
        for (int slot = 1; slot <= 10; slot++) {
            store.checkAndRecord(block(validator(1), slot * 32L, root("b" + slot)));
        }
        for (int epoch = 1; epoch <= 10; epoch++) {
            store.checkAndRecord(vote(validator(1), epoch - 1, epoch, root("v" + epoch)));
        }

        PruneReport report = store.prune(3, 3 * 32);

        assertThat(report.blocks()).isEqualTo(6);
        assertThat(report.attestations()).isEqualTo(6);
        var kept = recordsByValidator(store.exportInterchange().data()).get(validator(1));
        assertThat(kept.blocks()).contains(signedBlockWithoutRoot(6 * 32)).hasSize(5);
        assertThat(kept.attestations()).contains(signedAttestationWithoutRoot(5, 6)).hasSize(5);
    }

    @Test
    default void prunedHistoryStillRefusesEverythingItRefusedBefore() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 100, root("a")));
        store.checkAndRecord(block(validator(1), 500, root("b")));
        store.checkAndRecord(vote(validator(1), 10, 20, root("v")));
        store.checkAndRecord(vote(validator(1), 30, 40, root("w")));

        store.prune(5, 50);

        assertThat(store.checkAndRecord(block(validator(1), 100, root("other")))).isEqualTo(new DoubleProposal(signedBlockWithoutRoot(100)));
        assertThat(store.checkAndRecord(block(validator(1), 50, root("other")))).isEqualTo(new BlockBelowLowWatermark(new Slot(100)));
        assertThat(store.checkAndRecord(vote(validator(1), 15, 19, root("x"))))
                .isEqualTo(new SurroundedByPrevious(signedAttestationWithoutRoot(10, 20)));
        assertThat(store.checkAndRecord(vote(validator(1), 9, 30, root("y"))))
                .isEqualTo(new SurroundsPrevious(signedAttestationWithoutRoot(10, 20)));
        assertThat(store.checkAndRecord(vote(validator(1), 10, 19, root("z"))))
                .isInstanceOf(AttestationBelowLowWatermark.class);
        assertThat(store.checkAndRecord(block(validator(1), 501, root("c")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator(1), 40, 41, root("u")))).isEqualTo(new Valid());
    }

    @Test
    default void pruningAShortHistoryChangesNothing() {
        SlashingStore store = slashingFixture().open();
        store.checkAndRecord(block(validator(1), 10, root("a")));
        store.checkAndRecord(vote(validator(1), 1, 2, root("v")));

        PruneReport report = store.prune(1000, 32_000);

        assertThat(report.validators()).isEmpty();
        assertThat(store.checkAndRecord(block(validator(1), 9, root("b")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator(1), 10, root("a")))).isEqualTo(new SameData());
    }
}
