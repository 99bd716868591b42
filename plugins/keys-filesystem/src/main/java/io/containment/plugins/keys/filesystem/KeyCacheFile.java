package io.containment.plugins.keys.filesystem;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key cache on disk: {@code magic, version, KDF (kind, parameters, salt), nonce,
 * AES-256-GCM(KDF(password), entries)} with the header as associated data. An entry is the SHA-256
 * of a keystore file and the 32-byte secret it holds. Written 0600 (atomically: temporary file,
 * then rename) in a 0700 folder.
 */
final class KeyCacheFile {
    private static final int MAGIC = 0x43434b43; // "CCKC"
    private static final int VERSION = 1;
    private static final int SCRYPT = 1;
    private static final int PBKDF2 = 2;
    private static final int ENTRY = 64;
    private static final int MAX_ENTRIES = 1_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyCacheFile() {
    }

    /** The header of a cache file: how its key is derived. */
    record Header(Kdf kdf, byte[] nonce) {
        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DataOutputStream data = new DataOutputStream(out)) {
                data.writeInt(MAGIC);
                data.writeInt(VERSION);
                switch (kdf) {
                    case Kdf.Scrypt scrypt -> {
                        data.writeInt(SCRYPT);
                        data.writeInt(scrypt.n());
                        data.writeInt(scrypt.r());
                        data.writeInt(scrypt.p());
                        writeBytes(data, scrypt.salt());
                    }
                    case Kdf.Pbkdf2 pbkdf2 -> {
                        data.writeInt(PBKDF2);
                        data.writeInt(pbkdf2.c());
                        data.writeInt(0);
                        data.writeInt(0);
                        writeBytes(data, pbkdf2.salt());
                    }
                }
                writeBytes(data, nonce);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        }
    }

    /** A file read but not yet decrypted. */
    record Sealed(Header header, byte[] ciphertext) {
    }

    static Optional<Sealed> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a key cache of this version");
            }
            int kind = in.readInt();
            int first = in.readInt();
            int second = in.readInt();
            int third = in.readInt();
            byte[] salt = readBytes(in, 64);
            Kdf kdf = switch (kind) {
                case SCRYPT -> new Kdf.Scrypt(first, second, third, salt);
                case PBKDF2 -> new Kdf.Pbkdf2(first, salt);
                default -> throw new IOException("unknown KDF " + kind);
            };
            byte[] nonce = readBytes(in, 12);
            return Optional.of(new Sealed(new Header(kdf, nonce), in.readAllBytes()));
        }
    }

    /** Entries by keystore hash; empty when the derived key does not open the file. The caller wipes the secrets. */
    static Optional<Map<ByteBuffer, byte[]>> open(Sealed sealed, byte[] derivedKey) {
        byte[] plain = null;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, derivedKey, sealed.header()).doFinal(sealed.ciphertext());
            if (plain.length % ENTRY != 0 || plain.length / ENTRY > MAX_ENTRIES) {
                return Optional.empty();
            }
            Map<ByteBuffer, byte[]> entries = new HashMap<>();
            for (int offset = 0; offset < plain.length; offset += ENTRY) {
                entries.put(ByteBuffer.wrap(Arrays.copyOfRange(plain, offset, offset + 32)),
                        Arrays.copyOfRange(plain, offset + 32, offset + ENTRY));
            }
            return Optional.of(entries);
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        } finally {
            Wipe.bytes(plain);
        }
    }

    /** Seals the entries under a key derived from the password with {@code kdf} and writes the file. */
    static void write(Path file, Kdf kdf, byte[] derivedKey, Map<ByteBuffer, byte[]> entries) throws IOException {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Header header = new Header(kdf, nonce);
        byte[] plain = new byte[entries.size() * ENTRY];
        byte[] sealed;
        try {
            int offset = 0;
            for (Map.Entry<ByteBuffer, byte[]> entry : entries.entrySet()) {
                entry.getKey().duplicate().rewind().get(plain, offset, 32);
                System.arraycopy(entry.getValue(), 0, plain, offset + 32, 32);
                offset += ENTRY;
            }
            sealed = cipher(Cipher.ENCRYPT_MODE, derivedKey, header).doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot seal the key cache: " + e.getClass().getSimpleName());
        } finally {
            Wipe.bytes(plain);
        }
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Path temporary = Files.createTempFile(folder, ".key-cache", ".tmp", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        try {
            byte[] headerBytes = header.bytes();
            byte[] all = Arrays.copyOf(headerBytes, headerBytes.length + sealed.length);
            System.arraycopy(sealed, 0, all, headerBytes.length, sealed.length);
            Files.write(temporary, all);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A fresh salt for a new cache key. */
    static byte[] salt() {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return salt;
    }

    private static Cipher cipher(int mode, byte[] derivedKey, Header header) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derivedKey, "AES"), new GCMParameterSpec(128, header.nonce()));
        cipher.updateAAD(header.bytes());
        return cipher;
    }

    private static void writeBytes(DataOutputStream data, byte[] bytes) throws IOException {
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > max) {
            throw new IOException("malformed key cache header");
        }
        return in.readNBytes(length);
    }
}
