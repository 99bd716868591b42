package io.containment.plugins.slashing.sqlite;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.history;
import static io.containment.api.contract.SlashingFixtures.interchange;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.signedBlock;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.StoreUnavailableException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the database cannot answer, every call is a StoreUnavailableException: never a verdict, never a signature. */
class SqliteStoreFailureTest {
    @TempDir
    Path directory;

    @Test
    void closedStoreAnswersUnavailableNotAVerdict() {
        SlashingStore store = SqliteStores.open(directory.resolve("slashing.sqlite"), GENESIS_VALIDATORS_ROOT);
        store.close();

        assertUnavailable(store);
        assertThat(store.health().available()).isFalse();
    }

    @Test
    void databaseDeletedWhileRunningAnswersUnavailableAndIsNotRecreated() throws IOException {
        Path file = directory.resolve("slashing.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            store.checkAndRecord(block(validator(1), 10, root("a")));
            for (String name : List.of("slashing.sqlite", "slashing.sqlite-wal", "slashing.sqlite-shm")) {
                Files.deleteIfExists(file.resolveSibling(name));
            }

            assertUnavailable(store);
            assertThat(store.health().available()).isFalse();
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void databaseReplacedByGarbageWhileRunningAnswersUnavailable() throws IOException {
        Path file = directory.resolve("slashing.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            store.checkAndRecord(block(validator(1), 10, root("a")));
            Path garbage = Files.write(directory.resolve("garbage"), new byte[8192]);
            Files.move(garbage, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertUnavailable(store);
        }
    }

    @Test
    void databaseCorruptedInPlaceAnswersUnavailableOnceSqliteNoticesAndNeverSignsFromAnEmptyHistory() throws IOException {
        Path file = directory.resolve("slashing.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            store.checkAndRecord(block(validator(1), 10, root("a")));
            try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
                raw.write(new byte[(int) raw.length()]);
            }
            for (String name : List.of("slashing.sqlite-wal", "slashing.sqlite-shm")) {
                try (RandomAccessFile raw = new RandomAccessFile(file.resolveSibling(name).toFile(), "rw")) {
                    raw.write(new byte[(int) raw.length()]);
                }
            }

            assertUnavailable(store);
        }
    }

    @Test
    void databaseTruncatedWhileRunningAnswersUnavailableAndIsNeverReinitialisedEmpty() throws IOException {
        Path file = directory.resolve("slashing.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            store.checkAndRecord(block(validator(1), 10, root("a")));
            // the -shm file is memory-mapped by SQLite: shrinking it would crash the JVM (SIGBUS), not test the store
            for (String name : List.of("slashing.sqlite", "slashing.sqlite-wal")) {
                try (RandomAccessFile raw = new RandomAccessFile(file.resolveSibling(name).toFile(), "rw")) {
                    raw.setLength(0);
                }
            }

            assertUnavailable(store);
            assertUnavailable(store);
            assertThat(Files.size(file)).isZero();
        }
    }

    @Test
    void anotherProcessHoldingTheWriteLockBeyondTheBusyTimeoutGivesUnavailable() throws Exception {
        Path file = directory.resolve("slashing.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT, Map.of("busy_timeout_ms", "0"));
             Connection other = SqliteStores.connect(file); Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");

            assertThatThrownBy(() -> store.checkAndRecord(block(validator(1), 10, root("a"))))
                    .isInstanceOf(StoreUnavailableException.class);

            statement.execute("ROLLBACK");
            assertThat(store.checkAndRecord(block(validator(1), 10, root("a")))).isInstanceOf(
                    io.containment.api.slashing.SlashingVerdict.Valid.class);
        }
    }

    private static void assertUnavailable(SlashingStore store) {
        assertThatThrownBy(() -> store.checkAndRecord(block(validator(1), 10, root("b")))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.checkAndRecord(vote(validator(1), 1, 2, root("b")))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.check(block(validator(1), 11, root("b")))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.check(vote(validator(1), 1, 2, root("b")))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.importInterchange(interchange(history(validator(2), List.of(signedBlock(1, root("c"))), List.of()))))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(store::exportInterchange).isInstanceOf(StoreUnavailableException.class);
    }
}
