package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Keys from folders of key-config YAML files and EIP-2335 keystores. Each {@link #keys()} call
 * scans the folders again; keys whose files did not change are kept (no second KDF run), keys
 * whose files are gone or changed are destroyed. A file that cannot be used is logged (WARN),
 * listed in {@link #problems()} and skipped. Of two keys with one public key, the first in scan
 * order (folder, file name, document) wins and the warning names both.
 */
final class FilesystemKeySource implements KeySource {
    private static final System.Logger LOG = System.getLogger(FilesystemKeySource.class.getName());
    private final LoadSettings settings;
    private final BlsSecretKeys bls;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private List<LoadedKey> current = List.of();
    private volatile List<String> problems = List.of(); // read without the lock: a load may take minutes
    private boolean closed;
    private boolean loadedOnce;
    private int lastCacheHits;

    FilesystemKeySource(LoadSettings settings, BlsSecretKeys bls, Clock clock) {
        this.settings = settings;
        this.bls = bls;
        this.clock = clock;
    }

    @Override
    public List<ValidatorKey> keys() {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the filesystem key source is closed");
            }
            Instant start = clock.instant();
            ScanResult scan = new KeyFolderScanner().scan(settings.folders());
            List<String> found = new ArrayList<>(scan.problems());
            found.forEach(problem -> LOG.log(Level.WARNING, problem + " (skipped)"));
            List<LoadResult> results = load(scan.entries());
            List<LoadedKey> kept = keepFirstOfEachPublicKey(results, found);
            retire(current, results, kept);
            current = List.copyOf(kept);
            problems = List.copyOf(found);
            logSummary(start, results, kept, found);
            return List.copyOf(current);
        } finally {
            lock.unlock();
        }
    }

    /** Keys the last load took from the key cache (tests). */
    int lastCacheHits() {
        lock.lock();
        try {
            return lastCacheHits;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            current.forEach(LoadedKey::destroy);
            current = List.of();
        } finally {
            lock.unlock();
        }
    }

    private List<LoadResult> load(List<KeyEntry> entries) {
        try {
            LOG.log(Level.INFO, "filesystem key source: loading " + entries.size() + " keys from "
                    + settings.folders().stream().map(Object::toString).collect(Collectors.joining(", "))
                    + " with " + settings.threads() + " threads");
            KeyCache cache = !loadedOnce && settings.keyCache().isPresent()
                    ? KeyCache.open(settings.keyCache().get(), entries) : KeyCache.disabled();
            try {
                KeyEntryLoader loader = new KeyEntryLoader(bls, settings.kdfMemory(), current, cache);
                return new ParallelKeyLoader(settings.threads(), settings.progressInterval(), clock, LOG)
                        .loadAll(entries, loader::load);
            } finally {
                lastCacheHits = cache.hits();
                loadedOnce = true;
                cache.finish();
            }
        } finally {
            entries.forEach(KeyEntry::discard);
        }
    }

    private void logSummary(Instant start, List<LoadResult> results, List<LoadedKey> kept, List<String> found) {
        long reused = results.stream().filter(r -> r instanceof LoadResult.Loaded loaded && loaded.reused()).count();
        String took = LoadProgress.elapsed(Duration.between(start, clock.instant()));
        LOG.log(Level.INFO, "filesystem key source: " + kept.size() + " keys ready (" + reused
                + " unchanged since the last load, " + lastCacheHits + " from the key cache) in " + took + ", "
                + found.size() + " problems");
    }

    /** Failures become problems; of two keys with one public key the earlier wins, the later is dropped. */
    private static List<LoadedKey> keepFirstOfEachPublicKey(List<LoadResult> results, List<String> problems) {
        Map<BlsPublicKey, LoadedKey> first = new HashMap<>();
        List<LoadedKey> kept = new ArrayList<>();
        for (LoadResult result : results) {
            switch (result) {
                case LoadResult.Failed failed -> problems.add(failed.problem());
                case LoadResult.Loaded loaded -> {
                    LoadedKey key = loaded.key();
                    LoadedKey winner = first.putIfAbsent(key.publicKey(), key);
                    if (winner == null) {
                        kept.add(key);
                    } else {
                        String problem = key.origin() + ": duplicate public key " + key.publicKey()
                                + ", already loaded from " + winner.origin();
                        LOG.log(Level.WARNING, problem + " (skipped)");
                        problems.add(problem);
                    }
                }
            }
        }
        return kept;
    }

    /** Destroys every key of the last load and of this one that is not kept. */
    private static void retire(List<LoadedKey> previous, List<LoadResult> results, List<LoadedKey> kept) {
        Set<LoadedKey> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(kept);
        previous.stream().filter(key -> !keep.contains(key)).forEach(LoadedKey::destroy);
        results.stream()
                .filter(result -> result instanceof LoadResult.Loaded)
                .map(result -> ((LoadResult.Loaded) result).key())
                .filter(key -> !keep.contains(key))
                .forEach(LoadedKey::destroy);
    }
}
