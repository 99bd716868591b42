package io.containment.plugins.keys.awskms;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The keystores {@code wrap-kms} was given, each with its password (file bytes without trailing newlines). */
final class KeystoreInputs {
    private static final int MAX_KEYSTORE_BYTES = 1024 * 1024;
    private static final jakarta.json.spi.JsonProvider JSON = new org.eclipse.parsson.JsonProviderImpl();

    private KeystoreInputs() {
    }

    /**
     * One keystore; {@link #password()} is wiped by {@link #wipe()}.
     *
     * @param path     the keystore file
     * @param json     its bytes
     * @param password its password's bytes
     */
    record Input(Path path, byte[] json, byte[] password) {
        void wipe() {
            Wipe.bytes(password);
        }

        @Override
        public String toString() {
            return "Input[" + path + "]";
        }
    }

    /** Reads every keystore (a folder means its {@code *.json} keystores); problems are added, one line per file. */
    static List<Input> read(List<Path> given, Optional<Path> passwordFile, List<String> problems) {
        List<Input> inputs = new ArrayList<>();
        for (Path keystore : expand(given, problems)) {
            try {
                byte[] json = readLimited(keystore);
                inputs.add(new Input(keystore, json, password(keystore, passwordFile)));
            } catch (IOException | KeyFileException e) {
                problems.add(keystore + ": " + (e instanceof KeyFileException ? e.getMessage() : "cannot read ("
                        + e.getClass().getSimpleName() + ")"));
            }
        }
        return inputs;
    }

    private static List<Path> expand(List<Path> given, List<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            List<Path> inFolder = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(path, "*.json")) {
                stream.forEach(file -> {
                    if (looksLikeKeystore(file)) { // skips deposit_data-*.json and other JSON beside keystores
                        inFolder.add(file);
                    }
                });
            } catch (IOException e) {
                problems.add(path + ": cannot list the folder (" + e.getClass().getSimpleName() + ")");
            }
            inFolder.sort(null);
            files.addAll(inFolder);
        }
        return files;
    }

    /** A JSON object with {@code crypto} and {@code pubkey}: worth trying as a keystore. */
    private static boolean looksLikeKeystore(Path file) {
        try (var reader = JSON.createReader(new java.io.ByteArrayInputStream(readLimited(file)))) {
            return reader.readValue() instanceof jakarta.json.JsonObject object && object.containsKey("crypto")
                    && object.containsKey("pubkey");
        } catch (IOException | KeyFileException | jakarta.json.JsonException e) {
            return false;
        }
    }

    private static byte[] password(Path keystore, Optional<Path> passwordFile) throws IOException, KeyFileException {
        Path file = passwordFile.orElseGet(() -> besideKeystore(keystore));
        if (!Files.isRegularFile(file)) {
            throw new KeyFileException("no password file (expected " + file.getFileName() + ", or give --password-file)");
        }
        byte[] content = readLimited(file);
        try {
            int end = content.length;
            while (end > 0 && (content[end - 1] == '\n' || content[end - 1] == '\r')) {
                end--;
            }
            return java.util.Arrays.copyOf(content, end);
        } finally {
            Wipe.bytes(content);
        }
    }

    private static Path besideKeystore(Path keystore) {
        String name = keystore.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path txt = keystore.resolveSibling(stem + ".txt");
        return Files.exists(txt) ? txt : keystore.resolveSibling(stem + ".password");
    }

    private static byte[] readLimited(Path file) throws IOException, KeyFileException {
        if (Files.size(file) > MAX_KEYSTORE_BYTES) {
            throw new KeyFileException(file + " is larger than 1 MiB");
        }
        return Files.readAllBytes(file);
    }
}
