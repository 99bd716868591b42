package io.containment.plugins.keys.dynamodb;

import io.containment.api.consensus.BlsPublicKey;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the source holds while the signer is unsealed: the data key and the keys decrypted with
 * it. Every method is short and does no I/O, so {@link #seal()} never waits for DynamoDB: it
 * wipes the data key and destroys every key at once, and a reload or import that was running
 * finds the state sealed when it publishes and destroys what it made.
 */
final class Unsealed {
    private final KeyEncryption encryption;
    private Map<BlsPublicKey, HeldKey> keys = Map.of();
    private boolean sealed;

    Unsealed(KeyEncryption encryption) {
        this.encryption = encryption;
    }

    KeyEncryption encryption() {
        return encryption;
    }

    synchronized boolean isSealed() {
        return sealed;
    }

    /** The keys held now (an immutable copy). */
    synchronized Map<BlsPublicKey, HeldKey> keys() {
        return keys;
    }

    /**
     * Makes {@code next} the held keys and destroys every held key that is not (as the same
     * object) in it. When sealed meanwhile, destroys the keys of {@code next} instead and returns false.
     */
    synchronized boolean replace(Map<BlsPublicKey, HeldKey> next) {
        if (sealed) {
            next.values().forEach(HeldKey::destroy);
            return false;
        }
        Set<HeldKey> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(next.values());
        keys.values().stream().filter(key -> !kept.contains(key)).forEach(HeldKey::destroy);
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(next));
        return true;
    }

    /** Adds (or replaces) one key; when sealed meanwhile, destroys it and returns false. */
    synchronized boolean add(HeldKey key) {
        if (sealed) {
            key.destroy();
            return false;
        }
        Map<BlsPublicKey, HeldKey> next = new LinkedHashMap<>(keys);
        HeldKey previous = next.put(key.publicKey(), key);
        if (previous != null && previous != key) {
            previous.destroy();
        }
        keys = Collections.unmodifiableMap(next);
        return true;
    }

    /** Takes one key out and destroys it. */
    synchronized Optional<HeldKey> remove(BlsPublicKey publicKey) {
        Map<BlsPublicKey, HeldKey> next = new LinkedHashMap<>(keys);
        HeldKey removed = next.remove(publicKey);
        if (removed != null) {
            removed.destroy();
            keys = Collections.unmodifiableMap(next);
        }
        return Optional.ofNullable(removed);
    }

    /** Wipes the data key and destroys every key, now. */
    synchronized void seal() {
        sealed = true;
        encryption.destroy();
        keys.values().forEach(HeldKey::destroy);
        keys = Map.of();
    }
}
