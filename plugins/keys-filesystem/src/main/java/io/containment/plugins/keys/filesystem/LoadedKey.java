package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A key this source handed out: the runtime's BLS key plus where it came from. Once destroyed it
 * refuses to sign; a signature in progress finishes before the secret is wiped.
 */
final class LoadedKey implements ValidatorKey {
    private final ValidatorKey key;
    private final BlsPublicKey publicKey;
    private final String origin;
    private final Fingerprint fingerprint;
    private final Optional<String> derivationPath;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean destroyed;

    LoadedKey(ValidatorKey key, String origin, Fingerprint fingerprint) {
        this(key, origin, fingerprint, Optional.empty());
    }

    LoadedKey(ValidatorKey key, String origin, Fingerprint fingerprint, Optional<String> derivationPath) {
        this.key = key;
        this.publicKey = key.publicKey();
        this.origin = origin;
        this.fingerprint = fingerprint;
        this.derivationPath = derivationPath.filter(path -> !path.isBlank());
    }

    @Override
    public Optional<String> derivationPath() {
        return derivationPath;
    }

    /** The files the key was read from, as they were when it was loaded. */
    Fingerprint fingerprint() {
        return fingerprint;
    }

    @Override
    public BlsPublicKey publicKey() {
        return publicKey;
    }

    @Override
    public BlsSignature sign(Root signingRoot) {
        lock.readLock().lock();
        try {
            if (destroyed) {
                throw new IllegalStateException("key " + publicKey + " from " + origin + " has been destroyed");
            }
            return key.sign(signingRoot);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public void destroy() {
        lock.writeLock().lock();
        try {
            if (!destroyed) {
                destroyed = true;
                key.destroy();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether this key may stand in for an entry scanned again: same origin, files unchanged, not destroyed. */
    boolean matches(KeyEntry entry) {
        lock.readLock().lock();
        try {
            return !destroyed && origin.equals(entry.origin()) && entry.fingerprint().complete()
                    && fingerprint.equals(entry.fingerprint());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "key " + publicKey + " from " + origin;
    }
}
