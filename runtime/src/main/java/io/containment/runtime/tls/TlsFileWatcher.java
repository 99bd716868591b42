package io.containment.runtime.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Notices when the certificate, key or client-CA file changes (by content, so in-place writes,
 * renames and Kubernetes secret symlink swaps all count) and reads the new material. A change
 * that does not load (a half-written file, a key that does not match) is reported once and the
 * current material stays in use; the watcher tries again on the next change.
 */
public final class TlsFileWatcher {
    private static final System.Logger LOG = System.getLogger(TlsFileWatcher.class.getName());

    private final Path certPath;
    private final Path keyPath;
    private final Optional<Path> clientCaPath;
    private String loaded;
    private String refused = "";

    /** Starts from the files as they are now (the material the server started with). */
    public TlsFileWatcher(Path certPath, Path keyPath, Optional<Path> clientCaPath) {
        this.certPath = certPath;
        this.keyPath = keyPath;
        this.clientCaPath = clientCaPath;
        this.loaded = fingerprint();
    }

    /** The new material when the files changed since the last successful load and now load cleanly. */
    public synchronized Optional<TlsMaterial> changed() {
        String now = fingerprint();
        if (now.equals(loaded) || now.equals(refused)) {
            return Optional.empty();
        }
        try {
            TlsMaterial material = TlsMaterial.load(certPath, keyPath, clientCaPath);
            loaded = now;
            refused = "";
            return Optional.of(material);
        } catch (TlsMaterialException e) {
            refused = now;
            LOG.log(System.Logger.Level.WARNING, "TLS files changed but cannot be used, still serving the previous "
                    + "certificate: server.tls.{0}: {1}", e.setting(), e.getMessage());
            return Optional.empty();
        }
    }

    private String fingerprint() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
        List<Path> files = Stream.concat(Stream.of(certPath, keyPath), clientCaPath.stream()).toList();
        for (Path file : files) {
            try {
                byte[] content = Files.readAllBytes(file);
                digest.update(content);
                Arrays.fill(content, (byte) 0);
            } catch (IOException e) {
                digest.update(("unreadable:" + file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
