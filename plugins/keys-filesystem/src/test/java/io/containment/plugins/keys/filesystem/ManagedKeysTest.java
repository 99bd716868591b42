package io.containment.plugins.keys.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginConfig;
import io.containment.plugins.keys.filesystem.TestKeystores.LightKdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The managed folder (imports, deletes, permissions) and what a reload decrypts again. */
class ManagedKeysTest {
    private static final byte[] FIRST = TestKeystores.randomSecret();
    private static final byte[] SECOND = TestKeystores.randomSecret();
    private static final Root ROOT = Root.fromHex("0x" + "ab".repeat(32));

    @TempDir
    Path dir;
    private final AtomicInteger decryptions = new AtomicInteger();

    /** The test BLS, counting every secret turned into a key (one per decryption or raw key read). */
    private BlsSecretKeys countingBls() {
        BlsSecretKeys real = new TestPluginContext(dir).blsSecretKeys();
        return (secret, origin) -> {
            decryptions.incrementAndGet();
            return real.fromSecret(secret, origin);
        };
    }

    private FilesystemKeySource source(Path folder, Path managed) {
        return source(folder, managed, java.util.Optional.empty());
    }

    private FilesystemKeySource source(Path folder, Path managed, java.util.Optional<Path> keyCache) {
        LoadSettings settings = new LoadSettings(List.of(folder), 2, LoadSettings.PROGRESS_INTERVAL,
                KdfMemoryBudget.forHeap(Runtime.getRuntime().maxMemory()), keyCache, managed);
        return new FilesystemKeySource(settings, countingBls(), Clock.systemUTC());
    }

    @Test
    void deletingAKeyDropsTheKeyCacheThatMayHoldItsSealedSecret() {
        KeyFolder folder = KeyFolder.at(dir.resolve("keys"));
        folder.bareKeystore("a", FIRST, LightKdf.PBKDF2, "txt");
        folder.bareKeystore("b", SECOND, LightKdf.PBKDF2, "txt");
        Path cache = dir.resolve("data/key-cache/filesystem.cache");
        try (FilesystemKeySource source = source(folder.dir(), folder.dir(), java.util.Optional.of(cache))) {
            source.keys();
            assertThat(cache).exists();

            assertThat(source.delete(pubkey(FIRST))).isInstanceOf(KeyDeletion.Deleted.class);

            assertThat(cache).doesNotExist();
        }
        try (FilesystemKeySource restarted = source(folder.dir(), folder.dir(), java.util.Optional.of(cache))) {
            assertThat(restarted.keys()).extracting(ValidatorKey::publicKey).containsExactly(pubkey(SECOND));
        }
    }

    private static byte[] keystore(byte[] secret) {
        return TestKeystores.encrypt(secret, TestKeystores.PASSWORD, LightKdf.PBKDF2).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] password() {
        return TestKeystores.PASSWORD.getBytes(StandardCharsets.UTF_8);
    }

    private static BlsPublicKey pubkey(byte[] secret) {
        return TestKeystores.publicKeyOf(secret);
    }

    @Test
    void importsAreWrittenOwnerOnlyIntoAFolderCreatedOwnerOnly() throws Exception {
        Path managed = dir.resolve("data/keystores");
        try (FilesystemKeySource source = source(Files.createDirectories(dir.resolve("keys")), managed)) {
            source.keys();
            try (PendingImport pending = source.prepareImport(keystore(FIRST), password())) {
                pending.commit();
            }
        }
        String hex = pubkey(FIRST).toHex().substring(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(managed))).isEqualTo("rwx------");
        try (var files = Files.list(managed)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(hex + ".json", hex + ".txt");
        }
        for (String name : List.of(hex + ".json", hex + ".txt")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(managed.resolve(name))))
                    .as(name).isEqualTo("rw-------");
        }
        assertThat(Files.readString(managed.resolve(hex + ".txt"))).isEqualTo(TestKeystores.PASSWORD);
    }

    @Test
    void keysOutsideTheManagedFolderAreReadOnlyAndNeverDeleted() {
        KeyFolder folder = KeyFolder.at(dir.resolve("keys"));
        Path keystore = folder.bareKeystore("operator", FIRST, LightKdf.PBKDF2, "txt");
        try (FilesystemKeySource source = source(folder.dir(), dir.resolve("managed"))) {
            ValidatorKey key = source.keys().getFirst();

            assertThat(source.readOnly(pubkey(FIRST))).isTrue();
            assertThat(source.delete(pubkey(FIRST))).isInstanceOf(KeyDeletion.ReadOnly.class);
            assertThat(keystore).exists();
            assertThat(key.sign(ROOT)).isNotNull();
            assertThat(source.keys()).hasSize(1);
        }
    }

    @Test
    void aFolderListedInPathsCanAlsoBeTheManagedOne() {
        KeyFolder folder = KeyFolder.at(dir.resolve("keys"));
        folder.bareKeystore("placed", FIRST, LightKdf.PBKDF2, "txt");
        try (FilesystemKeySource source = source(folder.dir(), folder.dir())) {
            assertThat(source.keys()).hasSize(1);
            assertThat(source.readOnly(pubkey(FIRST))).isFalse();
            assertThat(source.delete(pubkey(FIRST))).isInstanceOf(KeyDeletion.Deleted.class);
            assertThat(folder.dir()).isEmptyDirectory();
        }
    }

    @Test
    void aReloadDecryptsOnlyNewAndChangedFiles() throws Exception {
        KeyFolder folder = KeyFolder.at(dir.resolve("keys"));
        folder.bareKeystore("a", FIRST, LightKdf.PBKDF2, "txt");
        try (FilesystemKeySource source = source(folder.dir(), dir.resolve("managed"))) {
            source.keys();
            assertThat(decryptions).hasValue(1);
            try (PendingImport pending = source.prepareImport(keystore(SECOND), password())) {
                pending.commit();
            }
            assertThat(decryptions).hasValue(2);

            assertThat(source.reload().orElseThrow()).hasSize(2);
            assertThat(decryptions).as("nothing changed: nothing decrypted again").hasValue(2);

            folder.bareKeystore("b", TestKeystores.randomSecret(), LightKdf.PBKDF2, "txt");
            assertThat(source.reload().orElseThrow()).hasSize(3);
            assertThat(decryptions).as("only the new file").hasValue(3);
        }
    }

    @Test
    void aFileRewrittenWithTheSameSizeAndTimeIsReadAgainByItsContent() throws Exception {
        KeyFolder folder = KeyFolder.at(dir.resolve("keys"));
        Path keystore = folder.bareKeystore("a", FIRST, LightKdf.PBKDF2, "txt");
        try (FilesystemKeySource source = source(folder.dir(), dir.resolve("managed"))) {
            ValidatorKey before = source.keys().getFirst();
            FileTime modified = Files.getLastModifiedTime(keystore);
            String json = Files.readString(keystore);
            String other = TestKeystores.encrypt(SECOND, TestKeystores.PASSWORD, LightKdf.PBKDF2);
            assertThat(other).hasSameSizeAs(json);
            Files.writeString(keystore, other);
            Files.setLastModifiedTime(keystore, modified);

            List<ValidatorKey> after = source.reload().orElseThrow();

            assertThat(after).extracting(ValidatorKey::publicKey).containsExactly(pubkey(SECOND));
            assertThat(decryptions).hasValue(2);
            assertThat(before).isNotSameAs(after.getFirst());
        }
    }

    @Test
    void aDeletedKeysFilesAreGoneAndAReloadDoesNotBringItBack() throws Exception {
        Path managed = dir.resolve("managed");
        try (FilesystemKeySource source = source(Files.createDirectories(dir.resolve("keys")), managed)) {
            source.keys();
            ValidatorKey key;
            try (PendingImport pending = source.prepareImport(keystore(FIRST), password())) {
                key = pending.commit();
            }

            assertThat(source.delete(pubkey(FIRST))).isInstanceOf(KeyDeletion.Deleted.class);

            assertThat(managed).isEmptyDirectory();
            assertThat(source.reload().orElseThrow()).isEmpty();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> key.sign(ROOT)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theManagedFolderDefaultsToKeystoresInTheDataDirectory() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        FilesystemKeySourceFactory factory = new FilesystemKeySourceFactory();
        PluginConfig config = PluginConfig.of("key_sources.filesystem", Map.of("paths", List.of("keys")),
                factory.configProperties(), dir);
        Files.createDirectories(dir.resolve("keys"));
        try (FilesystemKeySource source = (FilesystemKeySource) factory.create(config, new TestPluginContext(data))) {
            source.keys();
            try (PendingImport pending = source.prepareImport(keystore(FIRST), password())) {
                pending.commit();
            }
        }
        assertThat(data.resolve("keystores").resolve(pubkey(FIRST).toHex().substring(2) + ".json")).exists();
    }

    @Test
    void theDerivationPathOfAKeystoreIsReported() {
        KeyFolder folder = KeyFolder.at(dir.resolve("keys"));
        folder.write("k.json", TestKeystores.encrypt(FIRST, TestKeystores.PASSWORD, LightKdf.PBKDF2)
                .replace("\"path\": \"\"", "\"path\": \"m/12381/3600/7/0/0\""));
        folder.write("k.txt", TestKeystores.PASSWORD);
        try (FilesystemKeySource source = source(folder.dir(), dir.resolve("managed"))) {
            assertThat(source.keys().getFirst().derivationPath()).contains("m/12381/3600/7/0/0");
        }
    }
}
