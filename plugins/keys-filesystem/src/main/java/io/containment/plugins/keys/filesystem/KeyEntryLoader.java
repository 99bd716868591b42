package io.containment.plugins.keys.filesystem;

import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.ValidatorKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one scanned entry into a key: a key of the previous load whose files are unchanged, or a
 * fresh one from the private key or the decrypted keystore. Every failure becomes a
 * {@link LoadResult.Failed} naming the entry; secrets are wiped on every path.
 */
final class KeyEntryLoader {
    private final BlsSecretKeys bls;
    private final KdfMemoryBudget memory;
    private final KeyCache cache;
    private final Map<String, LoadedKey> previousByOrigin = new HashMap<>();

    KeyEntryLoader(BlsSecretKeys bls, KdfMemoryBudget memory, List<LoadedKey> previous, KeyCache cache) {
        this.bls = bls;
        this.memory = memory;
        this.cache = cache;
        previous.forEach(key -> previousByOrigin.put(key.origin(), key));
    }

    LoadResult load(KeyEntry entry) throws InterruptedException {
        try {
            LoadedKey earlier = previousByOrigin.get(entry.origin());
            if (earlier != null && earlier.matches(entry)) {
                return new LoadResult.Loaded(earlier, true);
            }
            LoadedKey key = switch (entry) {
                case KeyEntry.FileRaw raw -> new LoadedKey(bls.fromSecret(raw.takeSecret(), raw.origin()),
                        raw.origin(), raw.fingerprint());
                case KeyEntry.FileKeystore keystore -> fromKeystore(keystore);
            };
            return new LoadResult.Loaded(key, false);
        } catch (KeyFileException e) {
            return new LoadResult.Failed(entry.origin(), e.getMessage());
        } catch (IllegalArgumentException e) { // BlsSecretKeys: zero or out of range; its message has no secret
            String reason = e.getMessage();
            return new LoadResult.Failed(entry.origin(), reason == null || reason.isBlank() ? "not a valid BLS secret key" : reason);
        } catch (OutOfMemoryError e) {
            return new LoadResult.Failed(entry.origin(),
                    "out of memory while deriving the key (raise -Xmx or lower keystore_load_concurrency)");
        } finally {
            entry.discard();
        }
    }

    /** From the key cache when it holds these exact keystore bytes under this password, else by the keystore's KDF. */
    private LoadedKey fromKeystore(KeyEntry.FileKeystore entry) throws KeyFileException, InterruptedException {
        byte[] keystoreBytes = KeyFiles.read(entry.keystoreFile(), KeystoreJson.MAX_FILE_BYTES, "keystore");
        Keystore keystore = KeystoreJson.parse(keystoreBytes);
        byte[] password = null;
        byte[] secret = null;
        byte[] copy = null;
        try {
            password = KeystorePassword.fromFile(entry.passwordFile());
            secret = cache.secretFor(keystoreBytes, password).orElse(null);
            if (secret == null) {
                secret = decrypt(keystore, password);
            }
            copy = secret.clone();
            ValidatorKey key = bls.fromSecret(secret, entry.origin()); // wipes the secret
            if (!key.publicKey().equals(keystore.pubkey())) {
                key.destroy();
                throw new KeyFileException("the keystore's pubkey " + keystore.pubkey()
                        + " is not the public key of its secret (" + key.publicKey() + "); key refused");
            }
            cache.remember(keystoreBytes, password, copy, keystore.kdf());
            return new LoadedKey(key, entry.origin(), entry.fingerprint(), Optional.of(keystore.path()));
        } finally {
            Wipe.bytes(password, secret, copy);
        }
    }

    private byte[] decrypt(Keystore keystore, byte[] password) throws KeyFileException, InterruptedException {
        byte[] decryptionKey = null;
        try {
            try (KdfMemoryBudget.Reservation reserved = memory.reserve(keystore.kdf().memoryBytes())) {
                decryptionKey = keystore.kdf().derive(password);
            }
            return KeystoreDecryption.decrypt(keystore, decryptionKey);
        } finally {
            Wipe.bytes(decryptionKey);
        }
    }
}
