package io.containment.runtime.keys;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.plugins.KeySources;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
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
    private final KeyLoadListener listener;
    private final AtomicReference<Map<BlsPublicKey, ValidatorKey>> snapshot = new AtomicReference<>(Map.of());

    public KeyRegistry(KeySources sources) {
        this(sources, KeyLoadListener.none());
    }

    /** A registry that reports each load (per source: active keys, loading time) to {@code listener}. */
    public KeyRegistry(KeySources sources, KeyLoadListener listener) {
        this.sources = sources;
        this.listener = listener;
    }

    /** (Re)loads every source and swaps the snapshot in; returns the number of keys. */
    public int load() {
        Map<BlsPublicKey, ValidatorKey> keys = new LinkedHashMap<>();
        List<KeyLoadListener.SourceLoad> loads = new ArrayList<>();
        for (KeySources.Named named : sources.sources()) {
            long start = System.nanoTime();
            int before = keys.size();
            List<ValidatorKey> loaded = named.source().keys();
            named.source().problems().forEach(problem ->
                    LOG.log(Level.WARNING, "key source {0}: {1}", named.name(), problem));
            for (ValidatorKey key : loaded) {
                ValidatorKey first = keys.putIfAbsent(key.publicKey(), key);
                if (first != null && first != key) {
                    LOG.log(Level.WARNING, "duplicate key {0}: using {1}, ignoring {2}", key.publicKey(),
                            first.origin(), key.origin());
                }
            }
            loads.add(new KeyLoadListener.SourceLoad(named.name(), keys.size() - before,
                    Duration.ofNanos(System.nanoTime() - start)));
        }
        snapshot.set(Map.copyOf(keys));
        listener.loaded(List.copyOf(loads));
        LOG.log(Level.INFO, "{0} validator keys active", keys.size());
        return keys.size();
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
