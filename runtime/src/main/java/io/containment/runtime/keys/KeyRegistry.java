package io.containment.runtime.keys;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.seal.MasterKeyProtected;
import io.containment.runtime.seal.SealListener;
import io.containment.runtime.seal.SealStateView;
import io.containment.runtime.plugins.KeySources;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * All usable keys across the configured sources, as one immutable {@link KeySnapshot}. A lookup
 * never blocks; every change (startup load, reload, Key Manager import and delete) builds a new
 * snapshot and swaps it in. Changes run one at a time ({@link #change}).
 */
public final class KeyRegistry {
    private static final System.Logger LOG = System.getLogger(KeyRegistry.class.getName());
    private final KeySources sources;
    private final KeyLoadListener listener;
    private final AtomicReference<KeySnapshot> snapshot = new AtomicReference<>(KeySnapshot.EMPTY);
    private final ReentrantLock changes = new ReentrantLock();
    private final boolean hasProtectedSources;
    private volatile boolean protectedSealed;
    private volatile SealStateView everyKeyGate;

    public KeyRegistry(KeySources sources) {
        this(sources, KeyLoadListener.none());
    }

    /** A registry that reports each load and reload (per source: active keys, loading time) to {@code listener}. */
    public KeyRegistry(KeySources sources, KeyLoadListener listener) {
        this.sources = sources;
        this.listener = listener;
        this.hasProtectedSources = sources.sources().stream().anyMatch(named -> named.source() instanceof MasterKeyProtected);
        this.protectedSealed = hasProtectedSources;
    }

    /** Loads every source ({@code keys()}) and swaps the snapshot in; returns the number of keys. */
    public int load() {
        return change(() -> {
            Map<String, List<ValidatorKey>> perSource = new LinkedHashMap<>();
            Map<String, Duration> took = new LinkedHashMap<>();
            for (KeySources.Named named : sources.sources()) {
                if (sealedOut(named)) {
                    perSource.put(named.name(), List.of());
                    continue;
                }
                long start = System.nanoTime();
                perSource.put(named.name(), named.source().keys());
                took.put(named.name(), Duration.ofNanos(System.nanoTime() - start));
                logProblems(named);
            }
            int active = swap(KeySnapshot.of(sources, perSource));
            report(took);
            return active;
        });
    }

    /**
     * Asks every source to re-scan ({@link KeySource#reload()}); a source that does not re-scan,
     * or fails to, keeps its keys. Returns one line per problem reported (no secrets).
     */
    public List<String> reload() {
        return change(() -> {
            List<String> problems = new ArrayList<>();
            Map<String, List<ValidatorKey>> perSource = new LinkedHashMap<>(snapshot.get().perSource());
            Map<String, Duration> took = new LinkedHashMap<>();
            for (KeySources.Named named : sources.sources()) {
                if (sealedOut(named)) {
                    continue;
                }
                try {
                    long start = System.nanoTime();
                    named.source().reload().ifPresent(keys -> perSource.put(named.name(), keys));
                    took.put(named.name(), Duration.ofNanos(System.nanoTime() - start));
                    named.source().problems().forEach(problem -> problems.add(named.name() + ": " + problem));
                    logProblems(named);
                } catch (RuntimeException e) {
                    String problem = named.name() + ": reload failed (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + "); its keys stay as they were";
                    LOG.log(Level.WARNING, "key source {0}", problem);
                    problems.add(problem);
                }
            }
            swap(KeySnapshot.of(sources, perSource));
            report(took);
            return List.copyOf(problems);
        });
    }

    /** Runs a change of the key set; changes never overlap (a reload and an import wait for each other). */
    public <T> T change(Supplier<T> change) {
        changes.lock();
        try {
            return change.get();
        } finally {
            changes.unlock();
        }
    }

    /** Adds a key a source just imported (call inside {@link #change}). */
    public void added(KeySources.Named source, ValidatorKey key) {
        Map<String, List<ValidatorKey>> perSource = new LinkedHashMap<>(snapshot.get().perSource());
        List<ValidatorKey> keys = new ArrayList<>(perSource.getOrDefault(source.name(), List.of()));
        keys.add(key);
        perSource.put(source.name(), keys);
        swap(KeySnapshot.of(sources, perSource));
    }

    /** Removes a key from the snapshot (call inside {@link #change}); the source destroys it. */
    public void removed(BlsPublicKey publicKey) {
        Map<String, List<ValidatorKey>> perSource = new LinkedHashMap<>();
        snapshot.get().perSource().forEach((name, keys) ->
                perSource.put(name, keys.stream().filter(key -> !key.publicKey().equals(publicKey)).toList()));
        swap(KeySnapshot.of(sources, perSource));
    }

    /** The first configured source that can import keys, if any. */
    public Optional<KeySources.Named> importTarget() {
        return sources.sources().stream().filter(named -> named.source() instanceof WritableKeySource).findFirst();
    }

    /**
     * The signer unsealed: hands the master key to the sources under it and reloads.
     *
     * @param masterKey a copy the caller wipes after this returns
     */
    public void unsealProtected(byte[] masterKey) {
        change(() -> {
            Map<String, List<ValidatorKey>> perSource = new LinkedHashMap<>(snapshot.get().perSource());
            for (KeySources.Named named : sources.sources()) {
                if (named.source() instanceof MasterKeyProtected source) {
                    source.unseal(masterKey);
                    perSource.put(named.name(), named.source().keys());
                    logProblems(named);
                }
            }
            protectedSealed = false;
            return swap(KeySnapshot.of(sources, perSource));
        });
    }

    /** The signer sealed: drops the keys of the sources under the master key and has them wiped, at once. */
    public void sealProtected() {
        change(() -> {
            protectedSealed = true;
            Map<String, List<ValidatorKey>> perSource = new LinkedHashMap<>(snapshot.get().perSource());
            for (KeySources.Named named : sources.sources()) {
                if (named.source() instanceof MasterKeyProtected) {
                    perSource.put(named.name(), List.of());
                }
            }
            int active = swap(KeySnapshot.of(sources, perSource));
            for (KeySources.Named named : sources.sources()) {
                if (named.source() instanceof MasterKeyProtected source) {
                    source.seal();
                }
            }
            LOG.log(Level.INFO, "sealed: keys under the master key wiped, {0} others active", active);
            return active;
        });
    }

    private boolean sealedOut(KeySources.Named named) {
        return protectedSealed && named.source() instanceof MasterKeyProtected;
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
        return (hasProtectedSources && protectedSealed) || everyKeySealed();
    }

    /**
     * {@code signer_state.seal_all_keys}: while {@code chamber} is not unsealed, no key at all is
     * found (signing answers 503 as for keys under the master key), not only the protected ones.
     */
    public void sealEveryKeyWith(SealStateView chamber) {
        this.everyKeyGate = chamber;
    }

    private boolean everyKeySealed() {
        SealStateView gate = everyKeyGate;
        return gate != null && !gate.state().canSign();
    }

    /** The key for {@code publicKey}, if loaded (and, with {@code seal_all_keys}, only while unsealed). */
    public Optional<ValidatorKey> find(BlsPublicKey publicKey) {
        if (everyKeySealed()) {
            return Optional.empty();
        }
        return active(publicKey).map(ActiveKey::key);
    }

    /** The key for {@code publicKey} with its source, if loaded. */
    public Optional<ActiveKey> active(BlsPublicKey publicKey) {
        return Optional.ofNullable(snapshot.get().active().get(publicKey));
    }

    /** Every active key with its source, in source order. */
    public List<ActiveKey> activeKeys() {
        return List.copyOf(snapshot.get().active().values());
    }

    /** Every loaded public key. */
    public List<BlsPublicKey> publicKeys() {
        return List.copyOf(snapshot.get().active().keySet());
    }

    /** How many keys are loaded. */
    public int size() {
        return snapshot.get().active().size();
    }

    private int swap(KeySnapshot next) {
        snapshot.set(next);
        LOG.log(Level.INFO, "{0} validator keys active", next.active().size());
        return next.active().size();
    }

    /** Tells the listener, per source, the keys active from it (after de-duplication) and how long it took. */
    private void report(Map<String, Duration> took) {
        Map<String, Integer> active = new LinkedHashMap<>();
        snapshot.get().active().values().forEach(key -> active.merge(key.source().name(), 1, Integer::sum));
        List<KeyLoadListener.SourceLoad> loads = new ArrayList<>();
        took.forEach((source, duration) -> loads.add(new KeyLoadListener.SourceLoad(source,
                active.getOrDefault(source, 0), duration)));
        listener.loaded(List.copyOf(loads));
    }

    private static void logProblems(KeySources.Named named) {
        named.source().problems().forEach(problem ->
                LOG.log(Level.WARNING, "key source {0}: {1}", named.name(), problem));
    }
}
