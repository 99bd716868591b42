package io.containment.plugins.slashing.sqlite;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check-and-record judges a vote above everything the validator signed from what the store
 * already knows of it ({@link KnownValidators}). These tests change the file behind a store that
 * knows the validator, from another store (another signer on the same file), from a bare
 * connection (another process) and through the store's own other writes; each time the next
 * verdict must be the one the complete history gives. Without the {@code data_version} check or
 * the forgetting after the store's own writes, each of them would sign. (A store learns a validator
 * when it reads its row: from its second record on, hence the two records before each change.)
 */
class SqliteKnownValidatorsTest {
    private static final BlsPublicKey V = validator(7);

    @TempDir
    Path directory;

    @Test
    void aVoteRecordedByAnotherSignerOnTheFileIsJudgedAgainst() {
        Path file = directory.resolve("shared.sqlite");
        try (SlashingStore first = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT);
             SlashingStore second = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            assertThat(first.checkAndRecord(vote(V, 1, 9, root("a0")))).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(first.checkAndRecord(vote(V, 1, 10, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(second.checkAndRecord(vote(V, 5, 15, root("b")))).isInstanceOf(SlashingVerdict.Valid.class);

            // above what the first store recorded itself (source 1, target 10), but it surrounds (5, 15)
            assertThat(first.checkAndRecord(vote(V, 3, 16, root("c")))).isInstanceOf(SlashingVerdict.SurroundsPrevious.class);
            // and a double vote at the other store's target
            assertThat(first.checkAndRecord(vote(V, 5, 15, root("d")))).isInstanceOf(SlashingVerdict.DoubleVote.class);
        }
    }

    @Test
    void aBlockWrittenByAnotherProcessIsJudgedAgainst() throws Exception {
        Path file = directory.resolve("shared.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            assertThat(store.checkAndRecord(block(V, 9, root("a0")))).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(store.checkAndRecord(block(V, 10, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);
            try (Connection other = SqliteStores.connect(file);
                 PreparedStatement insert = other.prepareStatement("INSERT INTO signed_blocks (validator_id, slot, signing_root)"
                         + " SELECT id, ?, ? FROM validators WHERE pubkey = ?")) {
                insert.setLong(1, UInt64Column.encode(new Slot(20)));
                insert.setBytes(2, root("elsewhere").bytes());
                insert.setBytes(3, V.bytes());
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }

            assertThat(store.checkAndRecord(block(V, 20, root("b")))).isInstanceOf(SlashingVerdict.DoubleProposal.class);
        }
    }

    @Test
    void aValidatorDisabledByAnotherSignerIsRefused() {
        Path file = directory.resolve("shared.sqlite");
        try (SlashingStore first = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT);
             SlashingStore second = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            assertThat(first.checkAndRecord(vote(V, 1, 2, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(first.checkAndRecord(vote(V, 2, 3, root("b")))).isInstanceOf(SlashingVerdict.Valid.class);
            second.setEnabled(V, false);

            assertThat(first.checkAndRecord(vote(V, 3, 4, root("c")))).isInstanceOf(SlashingVerdict.ValidatorDisabled.class);
        }
    }

    @Test
    void aHighWatermarkSetByAnotherSignerApplies() {
        Path file = directory.resolve("shared.sqlite");
        try (SlashingStore first = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT);
             SlashingStore second = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            assertThat(first.checkAndRecord(vote(V, 1, 2, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(first.checkAndRecord(vote(V, 2, 3, root("b")))).isInstanceOf(SlashingVerdict.Valid.class);
            second.setHighWatermark(Optional.of(new HighWatermark(new Slot(100), new Epoch(4))));

            assertThat(first.checkAndRecord(vote(V, 3, 4, root("c")))).isInstanceOf(SlashingVerdict.AboveHighWatermark.class);
        }
    }

    @Test
    void theStoresOwnWritesApplyAtOnce() {
        try (SlashingStore store = SqliteStores.open(directory.resolve("own.sqlite"), GENESIS_VALIDATORS_ROOT)) {
            assertThat(store.checkAndRecord(vote(V, 1, 2, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);
            store.setHighWatermark(Optional.of(new HighWatermark(new Slot(100), new Epoch(3))));
            assertThat(store.checkAndRecord(vote(V, 2, 3, root("b")))).isInstanceOf(SlashingVerdict.AboveHighWatermark.class);

            store.setHighWatermark(Optional.empty());
            assertThat(store.checkAndRecord(vote(V, 2, 3, root("b")))).isInstanceOf(SlashingVerdict.Valid.class);
            store.setEnabled(V, false);
            assertThat(store.checkAndRecord(vote(V, 3, 4, root("c")))).isInstanceOf(SlashingVerdict.ValidatorDisabled.class);
            store.setEnabled(V, true);
            assertThat(store.checkAndRecord(vote(V, 3, 4, root("c")))).isInstanceOf(SlashingVerdict.Valid.class);

            // a prune keeps only the last epoch: the low watermarks rise to what was pruned
            store.prune(1, 1);
            assertThat(store.checkAndRecord(vote(V, 2, 3, root("x")))).isInstanceOf(SlashingVerdict.Refused.class);
        }
    }

    @Test
    void votesAboveEverythingAreValidAndTheSameVoteAgainIsSameData() {
        try (SlashingStore store = SqliteStores.open(directory.resolve("known.sqlite"), GENESIS_VALIDATORS_ROOT)) {
            for (long epoch = 1; epoch <= 50; epoch++) {
                assertThat(store.checkAndRecord(vote(V, epoch - 1, epoch, root("e" + epoch)))).isInstanceOf(SlashingVerdict.Valid.class);
            }
            assertThat(store.checkAndRecord(vote(V, 49, 50, root("e50")))).isInstanceOf(SlashingVerdict.SameData.class);
            assertThat(store.checkAndRecord(vote(V, 48, 50, root("e50")))).isInstanceOf(SlashingVerdict.DoubleVote.class);
            assertThat(store.checkAndRecord(vote(V, 10, 51, root("e51")))).isInstanceOf(SlashingVerdict.SurroundsPrevious.class);
            assertThat(store.checkAndRecord(vote(V, 50, 51, root("e51")))).isInstanceOf(SlashingVerdict.Valid.class);
        }
    }
}
