package io.containment.runtime.keys;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.seal.MasterKeyProtected;
import io.containment.runtime.seal.SealListener;
import io.containment.runtime.plugins.KeySources;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * All usable keys across the configured sources, as one immutable snapshot. A lookup never
 * blocks; {@link #load()} builds a new snapshot and swaps it in. On a duplicate public key the
 * first source (in configuration order) wins and a warning names both origins.
 */
public final class KeyRegistry {
    private static final System.Logger LOG = System.getLogger(KeyRegistry.class.getName());
    private final KeySources sources;
    private final AtomicReference<Map<BlsPublicKey, ValidatorKey>> snapshot = new AtomicReference<>(Map.of());
    private final boolean hasProtectedSources;
    private volatile boolean protectedSealed;
    private volatile java.util.Set<BlsPublicKey> protectedKeys = java.util.Set.of();

    public KeyRegistry(KeySources sources) {
        this.sources = sources;
        this.hasProtectedSources = sources.sources().stream().anyMatch(named -> named.source() instanceof MasterKeyProtected);
        this.protectedSealed = hasProtectedSources;
    }

    /** (Re)loads every source (those under the master key only while unsealed) and swaps the snapshot in. */
    public synchronized int load() {
        Map<BlsPublicKey, ValidatorKey> keys = new LinkedHashMap<>();
        java.util.Set<BlsPublicKey> underMasterKey = new java.util.HashSet<>();
        for (KeySources.Named named : sources.sources()) {
            if (protectedSealed && named.source() instanceof MasterKeyProtected) {
                continue;
            }
            List<ValidatorKey> loaded = named.source().keys();
            named.source().problems().forEach(problem ->
                    LOG.log(Level.WARNING, "key source {0}: {1}", named.name(), problem));
            for (ValidatorKey key : loaded) {
                ValidatorKey first = keys.putIfAbsent(key.publicKey(), key);
                if (first == null && named.source() instanceof MasterKeyProtected) {
                    underMasterKey.add(key.publicKey());
                }
                if (first != null && first != key) {
                    LOG.log(Level.WARNING, "duplicate key {0}: using {1}, ignoring {2}", key.publicKey(),
                            first.origin(), key.origin());
                }
            }
        }
        snapshot.set(Map.copyOf(keys));
        protectedKeys = java.util.Set.copyOf(underMasterKey);
        LOG.log(Level.INFO, "{0} validator keys active", keys.size());
        return keys.size();
    }

    /**
     * The signer unsealed: hands the master key to the sources under it and reloads.
     *
     * @param masterKey a copy the caller wipes after this returns
     */
    public synchronized void unsealProtected(byte[] masterKey) {
        for (KeySources.Named named : sources.sources()) {
            if (named.source() instanceof MasterKeyProtected source) {
                source.unseal(masterKey);
            }
        }
        protectedSealed = false;
        load();
    }

    /** The signer sealed: drops the keys of the sources under the master key and has them wiped, at once. */
    public synchronized void sealProtected() {
        protectedSealed = true;
        Map<BlsPublicKey, ValidatorKey> kept = new LinkedHashMap<>(snapshot.get());
        kept.keySet().removeAll(protectedKeys);
        snapshot.set(Map.copyOf(kept));
        protectedKeys = java.util.Set.of();
        for (KeySources.Named named : sources.sources()) {
            if (named.source() instanceof MasterKeyProtected source) {
                source.seal();
            }
        }
        LOG.log(Level.INFO, "sealed: {0} validator keys active (keys under the master key wiped)", kept.size());
    }

    /** Connects this registry to the chamber: unseal loads the keys under the master key, seal drops them. */
    public SealListener sealListener() {
        return new SealListener() {
            @Override
            public void unsealed(byte[] masterKey) {
                if (hasProtectedSources) {
                    unsealProtected(masterKey);
                }
            }

            @Override
            public void sealed() {
                if (hasProtectedSources) {
                    sealProtected();
                }
            }
        };
    }

    /** Whether a key the signer does not hold may be one under the master key, unavailable while sealed. */
    public boolean protectedKeysSealed() {
        return hasProtectedSources && protectedSealed;
    }

    /** The key for {@code publicKey}, if loaded. */
    public Optional<ValidatorKey> find(BlsPublicKey publicKey) {
        return Optional.ofNullable(snapshot.get().get(publicKey));
    }

    /** Every loaded public key. */
    public List<BlsPublicKey> publicKeys() {
        return List.copyOf(snapshot.get().keySet());
    }

    /** How many keys are loaded. */
    public int size() {
        return snapshot.get().size();
    }
}
