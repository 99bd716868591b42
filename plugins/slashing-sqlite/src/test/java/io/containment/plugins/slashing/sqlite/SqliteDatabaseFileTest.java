package io.containment.plugins.slashing.sqlite;

import static io.containment.api.contract.SlashingFixtures.GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.OTHER_GENESIS_VALIDATORS_ROOT;
import static io.containment.api.contract.SlashingFixtures.block;
import static io.containment.api.contract.SlashingFixtures.history;
import static io.containment.api.contract.SlashingFixtures.interchange;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.signedAttestation;
import static io.containment.api.contract.SlashingFixtures.signedBlock;
import static io.containment.api.contract.SlashingFixtures.signedBlockWithoutRoot;
import static io.containment.api.contract.SlashingFixtures.validator;
import static io.containment.api.contract.SlashingFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Slot;
import io.containment.api.plugin.PluginException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict.BlockBelowLowWatermark;
import io.containment.api.slashing.SlashingVerdict.DoubleProposal;
import io.containment.api.slashing.SlashingVerdict.DoubleVote;
import io.containment.api.slashing.SlashingVerdict.Valid;
import io.containment.api.slashing.SlashingVerdict.ValidatorDisabled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file itself: permissions, reopening, and files that are not (or no longer) ours. */
class SqliteDatabaseFileTest {
    @TempDir
    Path directory;

    @Test
    void databaseAndItsWalAndShmFilesAreOwnerOnlyAndNewFoldersOwnerOnlyToo() throws IOException {
        Path file = directory.resolve("new/folder/slashing.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            store.checkAndRecord(block(validator(1), 1, root("a")));

            for (String name : List.of("slashing.sqlite", "slashing.sqlite-wal", "slashing.sqlite-shm")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.resolveSibling(name))))
                        .as(name).isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
    }

    @Test
    void connectionRunsInWalModeWithFullSynchronousCommitsAndForeignKeys() throws Exception {
        Path file = directory.resolve("slashing.sqlite");
        try (Database database = Database.open(DatabaseFile.prepare(file), GENESIS_VALIDATORS_ROOT, 5000, CommitDelay.NONE)) {
            List<String> pragmas = database.read(connection -> {
                List<String> values = new java.util.ArrayList<>();
                try (Statement statement = connection.createStatement()) {
                    for (String pragma : List.of("journal_mode", "synchronous", "foreign_keys")) {
                        try (var rows = statement.executeQuery("PRAGMA " + pragma)) {
                            rows.next();
                            values.add(pragma + "=" + rows.getString(1));
                        }
                    }
                }
                return values;
            });

            assertThat(pragmas).containsExactly("journal_mode=wal", "synchronous=2", "foreign_keys=1");
        }
    }

    @Test
    void existingFileReadableByOthersIsMadeOwnerOnly() throws IOException {
        Path file = directory.resolve("slashing.sqlite");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(store.health().available()).isTrue();
        }
    }

    @Test
    void reopenedStoreKeepsRefusingWhatItRecorded() {
        Path file = directory.resolve("slashing.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            store.checkAndRecord(block(validator(1), 10, root("a")));
            store.checkAndRecord(vote(validator(1), 3, 4, root("a")));
            store.importInterchange(interchange(history(validator(2), List.of(signedBlockWithoutRoot(100)), List.of())));
        }

        try (SlashingStore reopened = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            assertThat(reopened.checkAndRecord(block(validator(1), 10, root("b")))).isEqualTo(new DoubleProposal(signedBlock(10, root("a"))));
            assertThat(reopened.checkAndRecord(vote(validator(1), 2, 4, root("b")))).isEqualTo(new DoubleVote(signedAttestation(3, 4, root("a"))));
            assertThat(reopened.checkAndRecord(block(validator(2), 99, root("b")))).isEqualTo(new BlockBelowLowWatermark(new Slot(100)));
            assertThat(reopened.checkAndRecord(block(validator(1), 11, root("b")))).isEqualTo(new Valid());
        }
    }

    @Test
    void reopeningWithAnotherChainsGenesisValidatorsRootIsRefusedNamingBoth() {
        Path file = directory.resolve("slashing.sqlite");
        SqliteStores.open(file, GENESIS_VALIDATORS_ROOT).close();

        assertThatThrownBy(() -> SqliteStores.open(file, OTHER_GENESIS_VALIDATORS_ROOT))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining(GENESIS_VALIDATORS_ROOT.toHex())
                .hasMessageContaining(OTHER_GENESIS_VALIDATORS_ROOT.toHex());
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedAtStart() throws IOException {
        Path file = directory.resolve("slashing.sqlite");
        Files.write(file, "this is not an SQLite database, but it is long enough to look like one to a careless reader"
                .repeat(50).getBytes());

        assertThatThrownBy(() -> SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)).isInstanceOf(PluginException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void someoneElsesSqliteDatabaseIsRefusedAtStart() throws Exception {
        Path file = directory.resolve("other.sqlite");
        try (Connection connection = SqliteStores.connect(file); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY)");
        }

        assertThatThrownBy(() -> SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)).isInstanceOf(PluginException.class)
                .hasMessageContaining("not a slashing protection database");
    }

    @Test
    void fileOfSchemaVersionOneIsMigratedAtStartupKeepingItsHistory() throws Exception {
        Path file = directory.resolve("v1.sqlite");
        try (SlashingStore store = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            store.checkAndRecord(block(validator(1), 10, root("a")));
        }
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE validators DROP COLUMN enabled");
            statement.execute("UPDATE metadata SET value = X'31' WHERE name = 'schema_version'");
        }

        try (SlashingStore reopened = SqliteStores.open(file, GENESIS_VALIDATORS_ROOT)) {
            assertThat(reopened.checkAndRecord(block(validator(1), 10, root("b")))).isEqualTo(new DoubleProposal(signedBlock(10, root("a"))));
            reopened.setEnabled(validator(1), false);
            assertThat(reopened.checkAndRecord(block(validator(1), 11, root("b")))).isEqualTo(new ValidatorDisabled(validator(1)));
        }
    }
}
