package io.containment.runtime.auth;

import io.containment.runtime.config.ConfigException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;

/**
 * The server-side key tokens are hashed under: 32 random bytes in {@code auth.hash_key_file}
 * (default {@code <data_dir>/auth-hash.key}), created 0600 on first use. Every instance sharing
 * one auth backend must read the same key; a lost key makes every token unusable (issue new ones).
 */
public final class HashKey {
    /** Key length in bytes. */
    public static final int LENGTH = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private HashKey() {
    }

    /**
     * Reads the key, creating it when the file does not exist.
     *
     * @return the key bytes (the caller wipes them)
     * @throws ConfigException naming {@code auth.hash_key_file} when the file is unusable
     */
    public static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != LENGTH) {
                Arrays.fill(key, (byte) 0);
                throw new ConfigException("auth.hash_key_file", file + " must hold exactly " + LENGTH
                        + " bytes; delete it to generate a new key (every issued token then stops working)");
            }
            return key;
        } catch (IOException e) {
            throw new ConfigException("auth.hash_key_file", "cannot read or create " + file + ": " + e.getMessage());
        }
    }

    /** Writes a new key to a private temporary file, then links it in place unless another process was first. */
    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        boolean posix = Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null;
        Path temporary = posix ? Files.createTempFile(parent, ".auth-hash", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(parent, ".auth-hash", ".tmp");
        byte[] key = new byte[LENGTH];
        new SecureRandom().nextBytes(key);
        try {
            Files.write(temporary, key, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            Files.createLink(file, temporary); // link(2): atomic, and fails if the file exists (rename would replace it)
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: use theirs
        } finally {
            Arrays.fill(key, (byte) 0);
            Files.deleteIfExists(temporary);
        }
    }
}
