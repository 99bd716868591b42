package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import io.containment.plugins.keys.filesystem.TestKeystores.LightKdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder scanning, bare keystores, failures that skip one file, duplicates, reloads and close. */
class FilesystemKeySourceTest {
    private static final byte[] FIRST = TestKeystores.randomSecret();
    private static final byte[] SECOND = TestKeystores.randomSecret();
    private static final byte[] THIRD = TestKeystores.randomSecret();
    private static final Root ROOT = Root.fromHex("0x" + "42".repeat(32));

    @TempDir
    Path dir;

    @Test
    void bareKeystoresPairWithATxtOrAPasswordFile() {
        KeyFolder folder = KeyFolder.at(dir);
        Path scrypt = folder.bareKeystore("a", FIRST, LightKdf.SCRYPT, "txt");
        Path pbkdf2 = folder.bareKeystore("b", SECOND, LightKdf.PBKDF2, "password");

        try (FilesystemKeySource source = folder.source()) {
            List<ValidatorKey> keys = source.keys();

            assertThat(keys).extracting(ValidatorKey::publicKey).containsExactly(pubkey(FIRST), pubkey(SECOND));
            assertThat(keys).extracting(ValidatorKey::origin).containsExactly(scrypt.toString(), pbkdf2.toString());
            assertThat(source.problems()).isEmpty();
        }
    }

    @Test
    void keystoreWithoutPasswordFileIsReportedAndOtherJsonIsIgnored() {
        KeyFolder folder = KeyFolder.at(dir);
        Path lonely = folder.write("lonely.json", TestKeystores.encrypt(FIRST, TestKeystores.PASSWORD, LightKdf.PBKDF2));
        folder.write("deposit_data-1700000000.json", "[{\"pubkey\": \"aa\", \"amount\": 32000000000}]");
        folder.write("notes.txt", "not a password of anything");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).containsExactly(lonely + ": no password file (expected lonely.txt or lonely.password)");
        }
    }

    @Test
    void keystoreWithBothPasswordFilesIsReportedAsAmbiguous() {
        KeyFolder folder = KeyFolder.at(dir);
        Path keystore = folder.bareKeystore("both", FIRST, LightKdf.PBKDF2, "txt");
        folder.write("both.password", TestKeystores.PASSWORD);

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).containsExactly(keystore + ": both both.txt and both.password exist; keep the one with the password");
        }
    }

    @Test
    void keystoreNamedByAKeyConfigFileIsNotLoadedAgainAsABareKeystore() {
        KeyFolder folder = KeyFolder.at(dir);
        folder.bareKeystore("validator", FIRST, LightKdf.SCRYPT, "txt");
        folder.write("validator.yaml", KeyFolder.fileKeystore("validator.json", "validator.txt"));

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).extracting(ValidatorKey::origin)
                    .containsExactly(dir.resolve("validator.json") + " (from " + dir.resolve("validator.yaml") + ")");
            assertThat(source.problems()).isEmpty();
        }
    }

    @Test
    void wrongPasswordIsReportedAsAChecksumMismatch() {
        KeyFolder folder = KeyFolder.at(dir);
        Path keystore = folder.bareKeystore("wrong", FIRST, LightKdf.SCRYPT, "txt");
        folder.write("wrong.txt", "not the password\n");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).containsExactly(keystore + ": checksum mismatch: wrong password or damaged keystore");
        }
    }

    @Test
    void keystoreWhosePubkeyIsNotItsSecretsIsRefused() {
        KeyFolder folder = KeyFolder.at(dir);
        folder.write("liar.txt", TestKeystores.PASSWORD);
        Path keystore = folder.write("liar.json", TestKeystores.encrypt(FIRST, TestKeystores.PASSWORD, LightKdf.PBKDF2, pubkey(SECOND)));

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).isEmpty();
            assertThat(source.problems()).containsExactly(keystore + ": the keystore's pubkey " + pubkey(SECOND)
                    + " is not the public key of its secret (" + pubkey(FIRST) + "); key refused");
        }
    }

    @Test
    void badFilesAmongGoodOnesAreSkippedAndReported() {
        KeyFolder folder = KeyFolder.at(dir);
        folder.bareKeystore("1-good", FIRST, LightKdf.SCRYPT, "txt");
        Path truncated = folder.write("2-truncated.json", "{\"crypto\": {");
        folder.write("2-truncated.txt", TestKeystores.PASSWORD);
        folder.write("3-good.yaml", KeyFolder.fileRaw(SECOND));
        Path dangling = folder.write("4-dangling.yaml", KeyFolder.fileKeystore("missing.json", "missing.txt"));
        folder.bareKeystore("5-good", THIRD, LightKdf.PBKDF2, "password");

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(pubkey(FIRST), pubkey(SECOND), pubkey(THIRD));
            assertThat(source.problems()).hasSize(2).anySatisfy(problem -> assertThat(problem).startsWith(truncated + ": not valid JSON ("))
                    .anySatisfy(problem -> assertThat(problem).startsWith(dir.resolve("missing.json") + " (from " + dangling
                            + "): cannot read keystore " + dir.resolve("missing.json") + " (NoSuchFileException"));
        }
    }

    @Test
    void duplicatePublicKeyKeepsTheFirstAndNamesBothFiles() {
        KeyFolder folder = KeyFolder.at(dir);
        Path first = folder.write("a.yaml", KeyFolder.fileRaw(FIRST));
        Path second = folder.bareKeystore("b", FIRST, LightKdf.PBKDF2, "txt");

        try (CapturedLog log = new CapturedLog(); FilesystemKeySource source = folder.source()) {
            List<ValidatorKey> keys = source.keys();

            assertThat(keys).singleElement().extracting(ValidatorKey::origin).isEqualTo(first.toString());
            String expected = second + ": duplicate public key " + pubkey(FIRST) + ", already loaded from " + first;
            assertThat(source.problems()).containsExactly(expected);
            assertThat(log.warnings()).containsExactly(expected + " (skipped)");
        }
    }

    @Test
    void earlierFolderWinsADuplicateAndAMissingFolderIsReported() {
        KeyFolder one = KeyFolder.at(dir.resolve("one"));
        KeyFolder two = KeyFolder.at(dir.resolve("two"));
        Path missing = dir.resolve("three");
        two.write("a.yaml", KeyFolder.fileRaw(FIRST));
        one.write("z.yaml", KeyFolder.fileRaw(FIRST));

        try (FilesystemKeySource source = KeyFolder.source(2, List.of(one.dir(), two.dir(), missing))) {
            assertThat(source.keys()).singleElement().extracting(ValidatorKey::origin).isEqualTo(one.dir().resolve("z.yaml").toString());
            assertThat(source.problems()).containsExactly(missing + ": folder does not exist",
                    two.dir().resolve("a.yaml") + ": duplicate public key " + pubkey(FIRST) + ", already loaded from "
                            + one.dir().resolve("z.yaml"));
        }
    }

    @Test
    void hiddenFilesAndSubfoldersAreNotRead() {
        KeyFolder folder = KeyFolder.at(dir);
        folder.write(".hidden.yaml", KeyFolder.fileRaw(FIRST));
        folder.write("sub/inner.yaml", KeyFolder.fileRaw(SECOND));
        folder.write("visible.yml", KeyFolder.fileRaw(THIRD));

        try (FilesystemKeySource source = folder.source()) {
            assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactly(pubkey(THIRD));
        }
    }

    @Test
    void reloadKeepsUnchangedKeysAndDestroysRemovedOnes() throws Exception {
        KeyFolder folder = KeyFolder.at(dir);
        folder.bareKeystore("kept", FIRST, LightKdf.SCRYPT, "txt");
        Path removed = folder.write("removed.yaml", KeyFolder.fileRaw(SECOND));

        try (FilesystemKeySource source = folder.source()) {
            List<ValidatorKey> before = source.keys();
            Files.delete(removed);
            folder.write("added.yaml", KeyFolder.fileRaw(THIRD));
            List<ValidatorKey> after = source.keys();

            assertThat(after).extracting(ValidatorKey::publicKey).containsExactly(pubkey(THIRD), pubkey(FIRST));
            assertThat(after.get(1)).isSameAs(before.getFirst());
            assertThat(after.get(1).sign(ROOT)).isNotNull();
            assertThatThrownBy(() -> before.get(1).sign(ROOT)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("destroyed");
        }
    }

    @Test
    void reloadReadsAChangedFileAgain() throws Exception {
        KeyFolder folder = KeyFolder.at(dir);
        Path file = folder.write("key.yaml", KeyFolder.fileRaw(FIRST));

        try (FilesystemKeySource source = folder.source()) {
            ValidatorKey before = source.keys().getFirst();
            folder.write("key.yaml", KeyFolder.fileRaw(SECOND));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
            List<ValidatorKey> after = source.keys();

            assertThat(after).extracting(ValidatorKey::publicKey).containsExactly(pubkey(SECOND));
            assertThatThrownBy(() -> before.sign(ROOT)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closeDestroysTheKeysAndRefusesFurtherLoads() {
        KeyFolder folder = KeyFolder.at(dir);
        folder.write("key.yaml", KeyFolder.fileRaw(FIRST));
        FilesystemKeySource source = folder.source();
        ValidatorKey key = source.keys().getFirst();

        source.close();

        assertThatThrownBy(() -> key.sign(ROOT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(source::keys).isInstanceOf(IllegalStateException.class).hasMessage("the filesystem key source is closed");
    }

    @Test
    void noSecretOrPasswordReachesTheLogsOrTheProblems() {
        KeyFolder folder = KeyFolder.at(dir);
        folder.write("raw.yaml", KeyFolder.documents(KeyFolder.fileRaw(FIRST), "type: unknown\nprivateKey: " + hex(SECOND) + "\n"));
        folder.bareKeystore("ok", THIRD, LightKdf.SCRYPT, "txt");
        folder.write("wrong.json", TestKeystores.encrypt(SECOND, TestKeystores.PASSWORD, LightKdf.PBKDF2));
        folder.write("wrong.txt", "hunter2-is-not-it");
        folder.write("odd.yaml", "type: file-raw\nprivateKey: " + hex(THIRD).substring(0, 65) + "\n");

        try (CapturedLog log = new CapturedLog(); FilesystemKeySource source = folder.source()) {
            List<ValidatorKey> keys = source.keys();
            String everything = log.all() + "\n" + String.join("\n", source.problems()) + "\n"
                    + keys.stream().map(key -> key.origin() + key).toList();

            assertThat(keys).hasSize(2);
            assertThat(source.problems()).hasSize(3);
            for (byte[] secret : List.of(FIRST, SECOND, THIRD)) {
                assertThat(everything.toLowerCase()).doesNotContain(hex(secret).substring(2, 40));
            }
            assertThat(everything).doesNotContain(TestKeystores.PASSWORD, "hunter2");
        }
    }

    private static String hex(byte[] secret) {
        return io.containment.api.consensus.Hex.encode(secret);
    }

    private static BlsPublicKey pubkey(byte[] secret) {
        return TestKeystores.publicKeyOf(secret);
    }
}
