package io.containment.plugins.slashing.sqlite;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreUnavailableException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit: check-and-records queued behind a running transaction are run in one batch with
 * one commit; every caller is answered after that commit, and a failed commit answers every caller
 * of the batch with StoreUnavailableException and records nothing.
 */
class SqliteGroupCommitTest {
    @TempDir
    Path directory;

    @Test
    void aBatchWhoseCommitFailsGivesEveryCallerUnavailableAndRecordsNothing() throws Exception {
        try (Held held = new Held(directory.resolve("slashing.sqlite"))) {
            List<Future<Object>> callers = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int index = i;
                callers.add(held.executor.submit(() -> held.store.checkAndRecord(vote(validator(index), 1, 2, root("a")))));
            }
            // a work whose row breaks a deferred foreign key: it runs fine, the COMMIT of its batch fails
            callers.add(held.executor.submit(() -> held.database.writeGrouped(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA defer_foreign_keys = ON");
                    statement.execute("INSERT INTO signed_attestations (validator_id, source_epoch, target_epoch) VALUES (999999, 1, 2)");
                }
                return "recorded";
            })));
            held.releaseOnceQueued(4);

            for (Future<Object> caller : callers.subList(0, 3)) {
                assertThat(outcomeOf(caller)).isInstanceOf(StoreUnavailableException.class);
            }
            assertThat(outcomeOf(callers.get(3))).isInstanceOf(SQLException.class);
            assertThat(held.store.exportInterchange().data()).isEmpty();
            for (int i = 1; i <= 3; i++) {
                assertThat(held.store.checkAndRecord(vote(validator(i), 1, 2, root("a")))).isInstanceOf(SlashingVerdict.Valid.class);
            }
        }
    }

    @Test
    void queuedCheckAndRecordsShareABatchAndAreJudgedInOrder() throws Exception {
        try (Held held = new Held(directory.resolve("slashing.sqlite"))) {
            Future<Object> first = held.executor.submit(() -> held.store.checkAndRecord(vote(validator(1), 1, 2, root("a"))));
            held.waitQueued(1);
            Future<Object> second = held.executor.submit(() -> held.store.checkAndRecord(vote(validator(1), 1, 2, root("b"))));
            Future<Object> other = held.executor.submit(() -> held.store.checkAndRecord(vote(validator(2), 1, 2, root("c"))));
            held.releaseOnceQueued(3);

            assertThat(outcomeOf(first)).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(outcomeOf(second)).isInstanceOf(SlashingVerdict.Refused.class);
            assertThat(outcomeOf(other)).isInstanceOf(SlashingVerdict.Valid.class);
        }
    }

    @Test
    void aFailingWorkInABatchFailsOnlyItsCaller() throws Exception {
        Path file = directory.resolve("slashing.sqlite");
        SqliteStores.open(file, GENESIS_VALIDATORS_ROOT).close();
        SqliteStores.failWritesOf(file, validator(2));
        try (Held held = new Held(file)) {
            Future<Object> fine = held.executor.submit(() -> held.store.checkAndRecord(vote(validator(1), 1, 2, root("a"))));
            Future<Object> failing = held.executor.submit(() -> held.store.checkAndRecord(vote(validator(2), 1, 2, root("a"))));
            held.releaseOnceQueued(2);

            assertThat(outcomeOf(fine)).isInstanceOf(SlashingVerdict.Valid.class);
            assertThat(outcomeOf(failing)).isInstanceOf(StoreUnavailableException.class);
            assertThat(held.store.checkAndRecord(vote(validator(1), 1, 2, root("b")))).isInstanceOf(SlashingVerdict.Refused.class);
        }
    }

    private static Object outcomeOf(Future<Object> caller) throws InterruptedException {
        try {
            return caller.get();
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** A store whose committer is held by a blocked write until the expected callers queued behind it. */
    private static final class Held implements AutoCloseable {
        final Database database;
        final SqliteSlashingStore store;
        final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        private final HeldCommitter committer;

        Held(Path file) throws InterruptedException {
            DatabaseFile prepared = DatabaseFile.prepare(file);
            database = Database.open(prepared, GENESIS_VALIDATORS_ROOT, 5000, CommitDelay.NONE);
            store = new SqliteSlashingStore(database, prepared.path());
            committer = new HeldCommitter(database, executor);
        }

        void waitQueued(int count) throws InterruptedException {
            committer.waitQueued(count);
        }

        void releaseOnceQueued(int count) throws InterruptedException {
            committer.releaseOnceQueued(count);
        }

        @Override
        public void close() {
            committer.release();
            executor.close();
            store.close();
        }
    }
}
