package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.Hex;
import io.containment.api.contract.TestPluginContext;
import io.containment.plugins.keys.filesystem.TestKeystores.LightKdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A folder of key files for one test, and sources reading it. */
record KeyFolder(Path dir) {
    static KeyFolder at(Path dir) {
        try {
            return new KeyFolder(Files.createDirectories(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code NAME.json} and {@code NAME.<passwordExtension>} holding the test password and a newline. */
    Path bareKeystore(String name, byte[] secret, LightKdf kdf, String passwordExtension) {
        write(name + "." + passwordExtension, TestKeystores.PASSWORD + "\n");
        return write(name + ".json", TestKeystores.encrypt(secret, TestKeystores.PASSWORD, kdf));
    }

    /** One YAML document: {@code type: file-raw} with the secret as quoted 0x-hex. */
    static String fileRaw(byte[] secret) {
        return "type: \"file-raw\"\nkeyType: \"BLS\"\nprivateKey: \"" + Hex.encode(secret) + "\"\n";
    }

    /** One YAML document: {@code type: file-keystore}. */
    static String fileKeystore(String keystoreFile, String passwordFile) {
        return "type: file-keystore\nkeystoreFile: " + keystoreFile + "\nkeystorePasswordFile: " + passwordFile + "\n";
    }

    /** Several documents in one YAML stream. */
    static String documents(String... documents) {
        return String.join("---\n", Arrays.asList(documents));
    }

    /** A source over this folder, 2 threads, real BLS. */
    FilesystemKeySource source() {
        return source(2, List.of(dir));
    }

    static FilesystemKeySource source(int threads, List<Path> folders) {
        return source(threads, folders, LoadSettings.PROGRESS_INTERVAL);
    }

    static FilesystemKeySource source(int threads, List<Path> folders, Duration progressInterval) {
        return source(threads, folders, progressInterval, java.util.Optional.empty());
    }

    /** A source over this folder with the key cache at {@code cacheFile}. */
    FilesystemKeySource cachedSource(Path cacheFile) {
        return source(2, List.of(dir), LoadSettings.PROGRESS_INTERVAL, java.util.Optional.of(cacheFile));
    }

    static FilesystemKeySource source(int threads, List<Path> folders, Duration progressInterval,
                                      java.util.Optional<Path> cacheFile) {
        LoadSettings settings = new LoadSettings(folders, threads, progressInterval,
                KdfMemoryBudget.forHeap(Runtime.getRuntime().maxMemory()), cacheFile);
        return new FilesystemKeySource(settings, new TestPluginContext(Path.of("unused")).blsSecretKeys(),
                Clock.systemUTC());
    }
}
