package io.containment.plugins.slashing.sqlite;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.slashing.SlashingVerdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit delay: while requests arrive together, the committer waits (until as many are queued as
 * the last batch held, at most the delay) so that more of them share one commit; a lone request is
 * committed at once. Every caller is still answered only after the commit of its batch.
 */
class SqliteCommitDelayTest {
    private static final CommitDelay HUNDRED_MS = CommitDelay.ofMillis(100);

    @TempDir
    Path directory;

    @Test
    void theDelayAppliesOnlyAfterABatchOfTwoOrMore() {
        assertThat(HUNDRED_MS.before(0)).isZero();
        assertThat(HUNDRED_MS.before(1)).isZero();
        assertThat(HUNDRED_MS.before(2)).isEqualTo(Duration.ofMillis(100).toNanos());
        assertThat(CommitDelay.NONE.before(50)).isZero();
        assertThatThrownBy(() -> CommitDelay.ofMillis(CommitDelay.MAX_MILLIS + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommitDelay(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whileRequestsArriveTogetherThoseArrivingDuringTheDelayShareOneCommit() throws Exception {
        try (Opened opened = new Opened(directory.resolve("slashing.sqlite"))) {
            int before = opened.batchOf(5);

            // five requests 5 ms apart: without the delay each would find the committer idle and commit alone
            List<Future<Object>> spread = new ArrayList<>();
            for (int i = 10; i < 15; i++) {
                spread.add(opened.submit(i));
                Thread.sleep(5);
            }
            for (Future<Object> caller : spread) {
                assertThat(caller.get()).isInstanceOf(SlashingVerdict.Valid.class);
            }

            assertThat(opened.database.batches() - before).isEqualTo(1);
            for (int i = 10; i < 15; i++) {   // recorded, hence refused again
                assertThat(opened.store.checkAndRecord(vote(validator(i), 1, 2, root("b")))).isInstanceOf(SlashingVerdict.Refused.class);
            }
        }
    }

    @Test
    void theWaitEndsAsSoonAsAsManyAreQueuedAsTheLastBatchHeld() throws Exception {
        try (Opened opened = new Opened(directory.resolve("slashing.sqlite"))) {
            int before = opened.batchOf(2);

            // two at once (as many as last time) commit without waiting out the 100 ms; one 50 ms later
            // comes too late for their batch
            Future<Object> first = opened.submit(10);
            Future<Object> second = opened.submit(11);
            Thread.sleep(50);
            Future<Object> late = opened.submit(12);
            for (Future<Object> caller : List.of(first, second, late)) {
                assertThat(caller.get()).isInstanceOf(SlashingVerdict.Valid.class);
            }

            assertThat(opened.database.batches() - before).isEqualTo(2);
        }
    }

    @Test
    void oneRequestAtATimeIsNotDelayedBeyondTheFirstAfterABatch() throws Exception {
        try (Opened opened = new Opened(directory.resolve("slashing.sqlite"))) {
            opened.batchOf(2);

            long start = System.nanoTime();
            for (int epoch = 1; epoch <= 20; epoch++) {
                assertThat(opened.store.checkAndRecord(vote(validator(3), epoch, epoch + 1, root("a"))))
                        .isInstanceOf(SlashingVerdict.Valid.class);
            }
            // delayed each, the 20 would take at least 2 s; only the first (after the batch of two) waits 100 ms
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        }
    }

    /** A store opened with a 100 ms commit delay, and virtual threads to call it from. */
    private static final class Opened implements AutoCloseable {
        final Database database;
        final SqliteSlashingStore store;
        final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

        Opened(Path file) {
            DatabaseFile prepared = DatabaseFile.prepare(file);
            database = Database.open(prepared, GENESIS_VALIDATORS_ROOT, 5000, HUNDRED_MS);
            store = new SqliteSlashingStore(database, prepared.path());
        }

        /** A check-and-record of validator {@code index}'s attestation 1 → 2, from a virtual thread. */
        Future<Object> submit(int index) {
            return callers.submit(() -> store.checkAndRecord(vote(validator(index), 1, 2, root("a"))));
        }

        /**
         * Makes the committer's last batch one of {@code size} works (queued behind a held work);
         * returns how many batches have run then.
         */
        int batchOf(int size) throws Exception {
            HeldCommitter held = new HeldCommitter(database, callers);
            List<Future<Object>> queued = new ArrayList<>();
            for (int i = 1; i <= size; i++) {
                queued.add(submit(i));
            }
            int before = database.batches();
            held.releaseOnceQueued(size);
            for (Future<Object> caller : queued) {
                assertThat(caller.get()).isInstanceOf(SlashingVerdict.Valid.class);
            }
            assertThat(database.batches() - before).isEqualTo(1);
            return database.batches();
        }

        @Override
        public void close() {
            callers.close();
            store.close();
        }
    }
}
