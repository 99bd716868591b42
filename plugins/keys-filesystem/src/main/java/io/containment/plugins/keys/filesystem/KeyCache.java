package io.containment.plugins.keys.filesystem;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes restarts fast without weakening anything: the secrets of the keystores that share one
 * password, sealed in one file under a key derived from that password with the strongest KDF of
 * those keystores (one KDF per start instead of one per keystore). An attacker holding the file
 * faces the same KDF per password guess as with any one keystore. An entry counts only for the
 * exact keystore bytes it was made from (SHA-256) and only when the keystore's password file still
 * holds the cache's password; anything else is decrypted from the keystore as usual. Used for the
 * first load of a process; rewritten when what it holds changed. Thread-safe.
 */
final class KeyCache {
    private static final System.Logger LOG = System.getLogger(KeyCache.class.getName());
    private static final int UNLOCK_ATTEMPTS = 3;

    private final Optional<Path> file;
    private final Map<ByteBuffer, byte[]> opened;
    private final Optional<Unlocked> unlocked;
    private final Map<ByteBuffer, Group> byPassword = new LinkedHashMap<>();
    private int hits;

    /** The password and derived key that opened the file, with the KDF that derived it. */
    private record Unlocked(byte[] password, Kdf kdf, byte[] derivedKey) {
    }

    /** Keystores of one password seen during this load: hash → secret, and the strongest KDF among them. */
    private static final class Group {
        final byte[] password;
        final Map<ByteBuffer, byte[]> secrets = new HashMap<>();
        Kdf strongest;

        Group(byte[] password) {
            this.password = password;
        }
    }

    private KeyCache(Optional<Path> file, Map<ByteBuffer, byte[]> opened, Optional<Unlocked> unlocked) {
        this.file = file;
        this.opened = opened;
        this.unlocked = unlocked;
    }

    /** A cache that holds nothing and writes nothing. */
    static KeyCache disabled() {
        return new KeyCache(Optional.empty(), Map.of(), Optional.empty());
    }

    /**
     * Reads the cache file and opens it with the password of one of the keystores about to be loaded
     * (at most a few KDF runs, usually one). An unreadable or tampered file is ignored with a warning.
     */
    static KeyCache open(Path file, List<KeyEntry> entries) {
        Optional<KeyCacheFile.Sealed> sealed;
        try {
            sealed = KeyCacheFile.read(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "key cache " + file + " is unreadable (" + e.getMessage() + "); keystores are decrypted one by one");
            return new KeyCache(Optional.of(file), Map.of(), Optional.empty());
        }
        if (sealed.isEmpty()) {
            return new KeyCache(Optional.of(file), Map.of(), Optional.empty());
        }
        List<byte[]> tried = new ArrayList<>();
        try {
            for (KeyEntry entry : entries) {
                if (!(entry instanceof KeyEntry.FileKeystore keystore) || tried.size() == UNLOCK_ATTEMPTS) {
                    continue;
                }
                byte[] password = KeystorePassword.fromFile(keystore.passwordFile());
                if (tried.stream().anyMatch(p -> MessageDigest.isEqual(p, password))) {
                    Wipe.bytes(password);
                    continue;
                }
                tried.add(password);
                byte[] derived = sealed.get().header().kdf().derive(password);
                Optional<Map<ByteBuffer, byte[]>> secrets = KeyCacheFile.open(sealed.get(), derived);
                if (secrets.isPresent()) {
                    tried.remove(password);
                    return new KeyCache(Optional.of(file), secrets.get(),
                            Optional.of(new Unlocked(password, sealed.get().header().kdf(), derived)));
                }
                Wipe.bytes(derived);
            }
        } catch (KeyFileException e) {
            LOG.log(Level.DEBUG, "key cache: a password file could not be read: " + e.getMessage());
        } finally {
            tried.forEach(Wipe::bytes);
        }
        LOG.log(Level.WARNING, "key cache " + file + " does not open with the keystores' passwords (changed or tampered);"
                + " keystores are decrypted one by one and the cache is written again");
        return new KeyCache(Optional.of(file), Map.of(), Optional.empty());
    }

    /** A copy of the cached secret of these exact keystore bytes, when its password is the cache's. */
    synchronized Optional<byte[]> secretFor(byte[] keystoreBytes, byte[] password) {
        if (unlocked.isEmpty() || !MessageDigest.isEqual(unlocked.get().password(), password)) {
            return Optional.empty();
        }
        byte[] secret = opened.get(sha256(keystoreBytes));
        if (secret == null) {
            return Optional.empty();
        }
        hits++;
        return Optional.of(secret.clone());
    }

    /** Records a key of this load (its secret is copied) so the cache can be written afterwards. */
    synchronized void remember(byte[] keystoreBytes, byte[] password, byte[] secret, Kdf kdf) {
        if (file.isEmpty()) {
            return;
        }
        Group group = byPassword.computeIfAbsent(ByteBuffer.wrap(password.clone()), k -> new Group(k.array()));
        byte[] previous = group.secrets.put(sha256(keystoreBytes), secret.clone());
        Wipe.bytes(previous);
        if (group.strongest == null || strength(kdf) > strength(group.strongest)) {
            group.strongest = kdf;
        }
    }

    /** How many keys came from the cache. */
    synchronized int hits() {
        return hits;
    }

    /** Writes the cache when its content changed (largest password group wins), then wipes every secret. */
    synchronized void finish() {
        try {
            Optional<Group> largest = byPassword.values().stream().max((a, b) -> Integer.compare(a.secrets.size(), b.secrets.size()));
            if (file.isPresent() && largest.isPresent() && changed(largest.get())) {
                write(file.get(), largest.get());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "key cache " + file.orElseThrow() + " could not be written (" + e.getMessage()
                    + "); the next start decrypts every keystore");
        } finally {
            opened.values().forEach(Wipe::bytes);
            byPassword.values().forEach(group -> {
                group.secrets.values().forEach(Wipe::bytes);
                Wipe.bytes(group.password);
            });
            unlocked.ifPresent(u -> Wipe.bytes(u.password(), u.derivedKey()));
        }
    }

    private boolean changed(Group group) {
        return unlocked.isEmpty() || !MessageDigest.isEqual(unlocked.get().password(), group.password)
                || !opened.keySet().equals(group.secrets.keySet()) || strength(group.strongest) > strength(unlocked.get().kdf());
    }

    private void write(Path target, Group group) throws IOException {
        boolean sameKey = unlocked.isPresent() && MessageDigest.isEqual(unlocked.get().password(), group.password)
                && strength(group.strongest) <= strength(unlocked.get().kdf());
        Kdf kdf = sameKey ? unlocked.get().kdf() : withFreshSalt(group.strongest);
        byte[] derived = sameKey ? unlocked.get().derivedKey().clone() : kdf.derive(group.password);
        try {
            KeyCacheFile.write(target, kdf, derived, group.secrets);
            LOG.log(Level.INFO, "key cache " + target + " now holds " + group.secrets.size() + " keys");
        } finally {
            Wipe.bytes(derived);
        }
    }

    private static Kdf withFreshSalt(Kdf kdf) {
        return switch (kdf) {
            case Kdf.Scrypt scrypt -> new Kdf.Scrypt(scrypt.n(), scrypt.r(), scrypt.p(), KeyCacheFile.salt());
            case Kdf.Pbkdf2 pbkdf2 -> new Kdf.Pbkdf2(pbkdf2.c(), KeyCacheFile.salt());
        };
    }

    /** Orders KDFs by cost: any scrypt above any PBKDF2, then by work (n·r·p or c). */
    static double strength(Kdf kdf) {
        return switch (kdf) {
            case Kdf.Scrypt scrypt -> 1e12 + (double) scrypt.n() * scrypt.r() * scrypt.p();
            case Kdf.Pbkdf2 pbkdf2 -> pbkdf2.c();
        };
    }

    static ByteBuffer sha256(byte[] bytes) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
