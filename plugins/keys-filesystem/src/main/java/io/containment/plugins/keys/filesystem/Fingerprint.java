package io.containment.plugins.keys.filesystem;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The state of the files a key was read from (path, size, modification time, file identity and a
 * hash of the content), taken when scanning. A reload reuses a key whose files are unchanged
 * instead of running its KDF again; a file rewritten within the clock's resolution still differs
 * by its content.
 *
 * <p>The content hash is an HMAC-SHA256 under a key drawn at random once per process, so the
 * fingerprint of a password file held in memory is no offline dictionary oracle.
 */
record Fingerprint(List<Stamp> files) {
    private static final byte[] HASH_KEY = randomKey();
    private static final int CHUNK = 8192;

    /** One file; {@code size} is -1 when it could not be read. */
    record Stamp(Path path, long size, FileTime modified, Object fileKey, ContentHash content) {
    }

    /** An HMAC of a file's bytes; equality by value. */
    record ContentHash(byte[] mac) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ContentHash hash && Arrays.equals(mac, hash.mac);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(mac);
        }

        @Override
        public String toString() {
            return "ContentHash";
        }
    }

    static Fingerprint of(Path... files) {
        List<Stamp> stamps = new ArrayList<>();
        for (Path file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.add(new Stamp(file, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(),
                        hash(file)));
            } catch (IOException e) {
                stamps.add(new Stamp(file, -1, null, null, null));
            }
        }
        return new Fingerprint(List.copyOf(stamps));
    }

    /** Whether every file was there: only then may an earlier key with the same fingerprint stand in. */
    boolean complete() {
        return files.stream().allMatch(stamp -> stamp.size() >= 0 && Objects.nonNull(stamp.modified())
                && Objects.nonNull(stamp.content()));
    }

    /** The files, in the order they were given. */
    List<Path> paths() {
        return files.stream().map(Stamp::path).toList();
    }

    private static ContentHash hash(Path file) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = new FileInputStream(file.toFile())) { // no cached direct buffers (see KeyFiles)
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HASH_KEY, "HmacSHA256"));
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                mac.update(buffer, 0, read);
            }
            return new ContentHash(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        } finally {
            Wipe.bytes(buffer);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
