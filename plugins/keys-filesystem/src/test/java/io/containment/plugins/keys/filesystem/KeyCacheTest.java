package io.containment.plugins.keys.filesystem;

import static io.containment.plugins.keys.filesystem.TestKeystores.LightKdf.PBKDF2;
import static io.containment.plugins.keys.filesystem.TestKeystores.LightKdf.SCRYPT;
import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.ValidatorKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key cache: restarts take keys from it, and only what is exactly unchanged; it is no weaker than the keystores. */
class KeyCacheTest {
    @TempDir
    Path temp;

    private final List<byte[]> secrets = new ArrayList<>();

    private KeyFolder folderWith(int keystores) {
        KeyFolder folder = KeyFolder.at(temp.resolve("keys"));
        for (int i = 0; i < keystores; i++) {
            byte[] secret = TestKeystores.randomSecret();
            secrets.add(secret.clone());
            folder.bareKeystore("key-" + i, secret, i % 2 == 0 ? SCRYPT : PBKDF2, "txt");
        }
        return folder;
    }

    private Path cacheFile() {
        return temp.resolve("data/key-cache/filesystem.cache");
    }

    private static List<BlsPublicKey> load(FilesystemKeySource source) {
        return source.keys().stream().map(ValidatorKey::publicKey).toList();
    }

    @Test
    void firstLoadWritesTheCacheOwnerOnlyAndARestartTakesEveryKeyFromIt() throws Exception {
        KeyFolder folder = folderWith(4);
        List<BlsPublicKey> first;
        try (FilesystemKeySource source = folder.cachedSource(cacheFile())) {
            first = load(source);
            assertThat(source.lastCacheHits()).isZero();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFile().getParent()))).isEqualTo("rwx------");

        try (FilesystemKeySource restarted = folder.cachedSource(cacheFile())) {
            assertThat(load(restarted)).containsExactlyInAnyOrderElementsOf(first).hasSize(4);
            assertThat(restarted.lastCacheHits()).isEqualTo(4);
            assertThat(restarted.problems()).isEmpty();
        }
    }

    @Test
    void theCacheFileHoldsNoSecretInTheClear() throws Exception {
        KeyFolder folder = folderWith(3);
        try (FilesystemKeySource source = folder.cachedSource(cacheFile())) {
            load(source);
        }
        String file = HexFormat.of().formatHex(Files.readAllBytes(cacheFile()));
        for (byte[] secret : secrets) {
            assertThat(file).doesNotContain(HexFormat.of().formatHex(secret).substring(0, 16));
        }
    }

    @Test
    void aChangedKeystoreIsDecryptedAgainAndTheOthersStillComeFromTheCache() throws Exception {
        KeyFolder folder = folderWith(3);
        try (FilesystemKeySource source = folder.cachedSource(cacheFile())) {
            load(source);
        }
        byte[] replacement = TestKeystores.randomSecret();
        folder.bareKeystore("key-1", replacement.clone(), SCRYPT, "txt");

        try (FilesystemKeySource restarted = folder.cachedSource(cacheFile())) {
            assertThat(load(restarted)).contains(TestKeystores.publicKeyOf(replacement)).hasSize(3);
            assertThat(restarted.lastCacheHits()).isEqualTo(2);
        }
        try (FilesystemKeySource again = folder.cachedSource(cacheFile())) {
            assertThat(load(again)).contains(TestKeystores.publicKeyOf(replacement));
            assertThat(again.lastCacheHits()).as("the rewritten cache holds the new keystore").isEqualTo(3);
        }
    }

    @Test
    void aChangedPasswordFileIsNotServedFromTheCache() throws Exception {
        KeyFolder folder = folderWith(2);
        try (FilesystemKeySource source = folder.cachedSource(cacheFile())) {
            load(source);
        }
        folder.write("key-0.txt", "not the password\n");

        try (FilesystemKeySource restarted = folder.cachedSource(cacheFile())) {
            assertThat(load(restarted)).hasSize(1);
            assertThat(restarted.problems()).singleElement().asString().contains("key-0.json");
        }
    }

    @Test
    void aTamperedCacheIsIgnoredAndEveryKeyStillLoadsFromItsKeystore() throws Exception {
        KeyFolder folder = folderWith(2);
        try (FilesystemKeySource source = folder.cachedSource(cacheFile())) {
            load(source);
        }
        byte[] bytes = Files.readAllBytes(cacheFile());
        bytes[bytes.length - 5] ^= 1;
        Files.write(cacheFile(), bytes);

        try (FilesystemKeySource restarted = folder.cachedSource(cacheFile())) {
            assertThat(load(restarted)).hasSize(2);
            assertThat(restarted.lastCacheHits()).isZero();
        }
    }

    @Test
    void theCacheKeyIsDerivedWithTheStrongestKdfOfItsKeystores() throws Exception {
        KeyFolder folder = folderWith(2);
        try (FilesystemKeySource source = folder.cachedSource(cacheFile())) {
            load(source);
        }
        Kdf kdf = KeyCacheFile.read(cacheFile()).orElseThrow().header().kdf();
        assertThat(kdf).isInstanceOfSatisfying(Kdf.Scrypt.class, scrypt -> {
            assertThat(scrypt.n()).isEqualTo(16);
            assertThat(scrypt.r()).isEqualTo(8);
            assertThat(scrypt.salt()).hasSize(32);
        });
    }

    @Test
    void reloadsNeverTouchTheCacheAndRawKeysAreNotCached() throws Exception {
        KeyFolder folder = folderWith(1);
        folder.write("raw.yaml", KeyFolder.fileRaw(TestKeystores.randomSecret()));
        try (FilesystemKeySource source = folder.cachedSource(cacheFile())) {
            assertThat(load(source)).hasSize(2);
            byte[] written = Files.readAllBytes(cacheFile());
            folder.bareKeystore("later", TestKeystores.randomSecret(), PBKDF2, "txt");
            assertThat(load(source)).hasSize(3);
            assertThat(Files.readAllBytes(cacheFile())).isEqualTo(written);
        }
        assertThat(new String(Files.readAllBytes(cacheFile()), StandardCharsets.ISO_8859_1)).isNotEmpty();
    }
}
