package io.containment.api.contract;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.OTHER_GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.history;
import static io.containment.api.contract.SlashingFixtures.interchange;
import static io.containment.api.contract.SlashingFixtures.recordsByValidator;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.signedAttestation;
import static io.containment.api.contract.SlashingFixtures.signedAttestationWithoutRoot;
import static io.containment.api.contract.SlashingFixtures.signedBlock;
import static io.containment.api.contract.SlashingFixtures.signedBlockWithoutRoot;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.api.plugin.PluginException;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict.AttestationBelowLowWatermark;
import io.containment.api.slashing.SlashingVerdict.BlockBelowLowWatermark;
import io.containment.api.slashing.SlashingVerdict.DoubleProposal;
import io.containment.api.slashing.SlashingVerdict.DoubleVote;
import io.containment.api.slashing.SlashingVerdict.SameData;
import io.containment.api.slashing.SlashingVerdict.SurroundsPrevious;
import io.containment.api.slashing.SlashingVerdict.Valid;
import io.containment.api.slashing.ValidatorHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EIP-3076 import and export: what an import vouches for, and what an export carries. */
public interface InterchangeContract extends SlashingContractPart {

    @Test
    default void exportOfAnEmptyStoreNamesTheStoresChainAndNoValidator() {
        Interchange export = slashingFixture().open().exportInterchange();

        assertThat(export.genesisValidatorsRoot()).isEqualTo(GENESIS_VALIDATORS_ROOT);
        assertThat(export.data()).isEmpty();
    }

    @Test
    default void exportCarriesEverySignedMessageAndNoRefusedOne() {
        SlashingStore store = slashingFixture().open();
        signSomeHistory(store);
        store.checkAndRecord(block(validator(1), 10, root("refused")));

        assertThat(recordsByValidator(store.exportInterchange().data())).isEqualTo(recordsByValidator(someHistory()));
    }

    @Test
    default void exportOfChosenValidatorsLeavesTheOthersAndUnknownOnesOut() {
        SlashingStore store = slashingFixture().open();
        signSomeHistory(store);

        assertThat(recordsByValidator(store.exportInterchange(List.of(validator(2), validator(99))).data()))
                .isEqualTo(recordsByValidator(List.of(someHistory().get(1))));
    }

    @Test
    default void exportImportedIntoAFreshStoreKeepsRefusingWhatTheFirstRefused() {
        SlashingStore first = slashingFixture().open();
        signSomeHistory(first);
        String exported = InterchangeJson.writeString(first.exportInterchange());
        SlashingStore second = slashingFixture().open();

        second.importInterchange(InterchangeJson.read(exported));

        BlsPublicKey validator = validator(1);
        assertThat(second.checkAndRecord(block(validator, 10, root("b10")))).isEqualTo(new SameData());
        assertThat(second.checkAndRecord(block(validator, 10, root("x")))).isEqualTo(new DoubleProposal(signedBlock(10, root("b10"))));
        assertThat(second.checkAndRecord(block(validator, 5, root("x")))).isEqualTo(new BlockBelowLowWatermark(new Slot(10)));
        assertThat(second.checkAndRecord(vote(validator, 3, 4, root("a34")))).isEqualTo(new SameData());
        assertThat(second.checkAndRecord(vote(validator, 3, 4, root("x")))).isEqualTo(new DoubleVote(signedAttestation(3, 4, root("a34"))));
        assertThat(second.checkAndRecord(vote(validator, 4, 7, root("x")))).isEqualTo(new SurroundsPrevious(signedAttestation(5, 6, root("a56"))));
        assertThat(second.checkAndRecord(vote(validator(2), 0, 1, root("x")))).isEqualTo(new DoubleVote(signedAttestation(0, 1, root("v2a01"))));
        assertThat(recordsByValidator(second.exportInterchange().data())).isEqualTo(recordsByValidator(someHistory()));
    }

    @Test
    default void importForAnotherChainIsRefusedAndWritesNothing() {
        SlashingStore store = slashingFixture().open();
        Interchange otherChain = new Interchange(OTHER_GENESIS_VALIDATORS_ROOT,
                List.of(history(validator(1), List.of(signedBlock(10, root("a"))), List.of())));

        assertThatThrownBy(() -> store.importInterchange(otherChain)).isInstanceOf(InvalidInterchangeException.class);
        assertThat(store.exportInterchange().data()).isEmpty();
        assertThat(store.checkAndRecord(block(validator(1), 10, root("b")))).isEqualTo(new Valid());
    }

    @Test
    default void importIsAllOrNothingWhenItFailsInTheMiddle() {
        SlashingStore store = slashingFixture().open();
        Interchange document = interchange(
                history(validator(1), List.of(signedBlock(10, root("a"))), List.of(signedAttestation(1, 2, root("a")))),
                history(validator(2), List.of(signedBlock(10, root("b"))), List.of(signedAttestation(1, 2, root("b")))),
                history(validator(3), List.of(signedBlock(10, root("c"))), List.of(signedAttestation(1, 2, root("c")))));
        slashingFixture().failWritesOf(store, validator(2));

        assertThatThrownBy(() -> store.importInterchange(document)).isInstanceOf(PluginException.class);
        assertThat(store.exportInterchange().data()).isEmpty();
        assertThat(store.checkAndRecord(block(validator(1), 9, root("x")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator(3), 0, 1, root("x")))).isEqualTo(new Valid());
    }

    @Test
    default void importReportCountsNewRecordsPerValidatorAndSkipsDuplicates() {
        SlashingStore store = slashingFixture().open();
        Interchange document = interchange(
                history(validator(1), List.of(signedBlock(10, root("a")), signedBlock(10, root("a")), signedBlock(11, root("b"))),
                        List.of(signedAttestationWithoutRoot(1, 2), signedAttestationWithoutRoot(1, 2), signedAttestation(2, 3, root("c")))),
                history(validator(2), List.of(signedBlockWithoutRoot(7)), List.of()));

        ImportReport first = store.importInterchange(document);
        ImportReport second = store.importInterchange(document);

        assertThat(first.validators()).containsExactlyInAnyOrder(
                new ImportReport.Entry(validator(1), 2, 2), new ImportReport.Entry(validator(2), 1, 0));
        assertThat(second.validators()).containsExactlyInAnyOrder(
                new ImportReport.Entry(validator(1), 0, 0), new ImportReport.Entry(validator(2), 0, 0));
        ValidatorHistory exported = store.exportInterchange(List.of(validator(1))).data().getFirst();
        assertThat(exported.signedBlocks()).hasSize(2);
        assertThat(exported.signedAttestations()).hasSize(2);
    }

    @Test
    default void importedHistoryRefusesConflictsAndSetsLowWatermarks() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);
        store.importInterchange(interchange(history(validator,
                List.of(signedBlock(10, root("b10")), signedBlockWithoutRoot(20)),
                List.of(signedAttestationWithoutRoot(5, 6), signedAttestation(6, 8, root("a68"))))));

        assertThat(store.checkAndRecord(block(validator, 10, root("b10")))).isEqualTo(new SameData());
        assertThat(store.checkAndRecord(block(validator, 10, root("x")))).isEqualTo(new DoubleProposal(signedBlock(10, root("b10"))));
        assertThat(store.checkAndRecord(block(validator, 20, root("x")))).isEqualTo(new DoubleProposal(signedBlockWithoutRoot(20)));
        assertThat(store.checkAndRecord(block(validator, 9, root("x")))).isEqualTo(new BlockBelowLowWatermark(new Slot(10)));
        assertThat(store.checkAndRecord(block(validator, 15, root("x")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(vote(validator, 6, 8, root("a68")))).isEqualTo(new SameData());
        assertThat(store.checkAndRecord(vote(validator, 5, 6, root("x")))).isEqualTo(new DoubleVote(signedAttestationWithoutRoot(5, 6)));
        AttestationBelowLowWatermark belowWatermark = new AttestationBelowLowWatermark(new Epoch(5), new Epoch(6));
        assertThat(store.checkAndRecord(vote(validator, 5, 5, root("x")))).isEqualTo(belowWatermark);
        assertThat(store.checkAndRecord(vote(validator, 4, 4, root("x")))).isEqualTo(belowWatermark);
        assertThat(store.checkAndRecord(vote(validator, 6, 7, root("x")))).isEqualTo(new Valid());
    }

    @Test
    default void importedSlashableRecordsAreKeptAndRefuseEveryRootAtTheirSlotAndTarget() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);
        store.importInterchange(interchange(history(validator,
                List.of(signedBlock(10, root("a")), signedBlock(10, root("b"))),
                List.of(signedAttestation(1, 2, root("a")), signedAttestation(1, 2, root("b"))))));

        assertThat(store.checkAndRecord(block(validator, 10, root("a")))).isInstanceOf(DoubleProposal.class);
        assertThat(store.checkAndRecord(block(validator, 10, root("b")))).isInstanceOf(DoubleProposal.class);
        assertThat(store.checkAndRecord(vote(validator, 1, 2, root("a")))).isInstanceOf(DoubleVote.class);
        assertThat(store.checkAndRecord(vote(validator, 1, 2, root("b")))).isInstanceOf(DoubleVote.class);
        assertThat(store.exportInterchange().data().getFirst().signedBlocks()).hasSize(2);
    }

    @Test
    default void importedZeroSigningRootMeansUnknown() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);
        store.importInterchange(interchange(history(validator,
                List.of(signedBlock(10, Root.zero())), List.of(signedAttestation(1, 2, Root.zero())))));

        assertThat(store.checkAndRecord(block(validator, 10, Root.zero()))).isInstanceOf(DoubleProposal.class);
        assertThat(store.checkAndRecord(vote(validator, 1, 2, Root.zero()))).isInstanceOf(DoubleVote.class);
    }

    @Test
    default void laterImportNeverLowersALowWatermark() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);
        store.importInterchange(interchange(history(validator, List.of(signedBlockWithoutRoot(40)),
                List.of(signedAttestationWithoutRoot(10, 11)))));
        store.importInterchange(interchange(history(validator, List.of(signedBlockWithoutRoot(20)),
                List.of(signedAttestationWithoutRoot(5, 6)))));

        assertThat(store.checkAndRecord(block(validator, 30, root("x")))).isEqualTo(new BlockBelowLowWatermark(new Slot(40)));
        assertThat(store.checkAndRecord(vote(validator, 7, 8, root("x"))))
                .isEqualTo(new AttestationBelowLowWatermark(new Epoch(10), new Epoch(11)));
        assertThat(store.checkAndRecord(block(validator, 41, root("x")))).isEqualTo(new Valid());
    }

    @Test
    default void laterImportRaisesTheLowWatermarkToItsLowestRecordWithinRecordedHistory() {
        SlashingStore store = slashingFixture().open();
        BlsPublicKey validator = validator(1);
        store.importInterchange(interchange(history(validator, List.of(signedBlockWithoutRoot(0)), List.of())));
        for (long slot : new long[] {10, 20, 30}) {
            store.checkAndRecord(block(validator, slot, root("own " + slot)));
        }

        store.importInterchange(interchange(history(validator, List.of(signedBlockWithoutRoot(20), signedBlockWithoutRoot(50)), List.of())));

        assertThat(store.checkAndRecord(block(validator, 15, root("x")))).isEqualTo(new BlockBelowLowWatermark(new Slot(20)));
        assertThat(store.checkAndRecord(block(validator, 25, root("x")))).isEqualTo(new Valid());
        assertThat(store.checkAndRecord(block(validator, 45, root("x")))).isEqualTo(new Valid());
    }

    /** Validator 1: blocks 10, 12; votes (3,4), (5,6). Validator 2: vote (0,1). */
    private static List<ValidatorHistory> someHistory() {
        return List.of(
                history(validator(1), List.of(signedBlock(10, root("b10")), signedBlock(12, root("b12"))),
                        List.of(signedAttestation(3, 4, root("a34")), signedAttestation(5, 6, root("a56")))),
                history(validator(2), List.of(), List.of(signedAttestation(0, 1, root("v2a01")))));
    }

    private static void signSomeHistory(SlashingStore store) {
        for (ValidatorHistory history : someHistory()) {
            history.signedBlocks().forEach(b -> assertThat(store.checkAndRecord(
                    block(history.pubkey(), b.slot().value(), b.signingRoot().orElseThrow()))).isEqualTo(new Valid()));
            history.signedAttestations().forEach(a -> assertThat(store.checkAndRecord(vote(history.pubkey(),
                    a.sourceEpoch().value(), a.targetEpoch().value(), a.signingRoot().orElseThrow()))).isEqualTo(new Valid()));
        }
    }
}
