package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.InvalidKeystoreException;
import io.containment.api.keys.KeyDeletion;
import io.containment.api.keys.KeyStorageException;
import io.containment.api.keys.PendingImport;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.keys.WritableKeySource;
import io.containment.api.plugin.PluginException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Keys from folders of key-config YAML files and EIP-2335 keystores. Each {@link #keys()} call
 * scans the folders again; keys whose files did not change are kept (no second KDF run), keys
 * whose files are gone or changed are destroyed. A file that cannot be used is logged (WARN),
 * listed in {@link #problems()} and skipped. Of two keys with one public key, the first in scan
 * order (folder, file name, document) wins and the warning names both.
 *
 * <p>Imports are written into the managed folder (read after the configured folders); only keys
 * whose files all lie there can be deleted, every other key is read-only.
 */
final class FilesystemKeySource implements WritableKeySource {
    private static final System.Logger LOG = System.getLogger(FilesystemKeySource.class.getName());
    private final LoadSettings settings;
    private final BlsSecretKeys bls;
    private final Clock clock;
    private final ManagedFolder managed;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile List<LoadedKey> current = List.of(); // written under the lock, read without it by readOnly
    private volatile List<String> problems = List.of(); // read without the lock: a load may take minutes
    private boolean closed;
    private boolean loadedOnce;
    private int lastCacheHits;

    FilesystemKeySource(LoadSettings settings, BlsSecretKeys bls, Clock clock) {
        this.settings = settings;
        this.bls = bls;
        this.clock = clock;
        this.managed = new ManagedFolder(settings.managedFolder());
    }

    @Override
    public List<ValidatorKey> keys() {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the filesystem key source is closed");
            }
            Instant start = clock.instant();
            ScanResult scan = new KeyFolderScanner().scan(folders());
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
    public Optional<List<ValidatorKey>> reload() {
        return Optional.of(keys());
    }

    @Override
    public PendingImport prepareImport(byte[] keystoreJson, byte[] password) {
        byte[] processed = null;
        try {
            Keystore keystore = KeystoreJson.parse(keystoreJson);
            processed = KeystorePassword.process(password, password.length);
            ValidatorKey key = KeystoreUnlock.unlock(keystore, processed, bls, settings.kdfMemory(),
                    managed.keystoreFile(keystore.pubkey()).toString());
            return new FilesystemImport(this, key, Optional.of(keystore.path()), keystoreJson.clone(), password.clone());
        } catch (KeyFileException e) {
            throw new InvalidKeystoreException(e.getMessage());
        } catch (IllegalArgumentException e) { // BlsSecretKeys: zero or out of range; no secret in the message
            throw new InvalidKeystoreException("the keystore does not hold a valid BLS secret key");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException("decrypting the keystore was interrupted");
        } finally {
            Wipe.bytes(keystoreJson, password, processed);
        }
    }

    /** Writes an import into the managed folder and adds its key; called by {@link FilesystemImport#commit()}. */
    ValidatorKey store(ValidatorKey key, Optional<String> derivationPath, byte[] keystoreJson, byte[] password) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the filesystem key source is closed");
            }
            LoadedKey held = find(key.publicKey());
            if (held != null) {
                throw new KeyStorageException("key " + key.publicKey() + " is already loaded from " + held.origin());
            }
            managed.write(key.publicKey(), keystoreJson, password);
            Path keystore = managed.keystoreFile(key.publicKey());
            LoadedKey loaded = new LoadedKey(key, keystore.toString(),
                    Fingerprint.of(keystore, managed.passwordFile(key.publicKey())), derivationPath);
            List<LoadedKey> updated = new ArrayList<>(current);
            updated.add(loaded);
            current = List.copyOf(updated);
            LOG.log(Level.INFO, "filesystem key source: imported " + key.publicKey() + " into " + keystore);
            return loaded;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean readOnly(BlsPublicKey publicKey) { // no lock: listing keys must not wait for a reload
        LoadedKey held = find(publicKey);
        return held != null && !isManaged(held);
    }

    @Override
    public KeyDeletion delete(BlsPublicKey publicKey) {
        lock.lock();
        try {
            LoadedKey held = find(publicKey);
            if (held == null) {
                return new KeyDeletion.NotFound();
            }
            if (!isManaged(held)) {
                return new KeyDeletion.ReadOnly("loaded from " + held.origin() + ", outside the managed folder "
                        + managed.path());
            }
            current = current.stream().filter(key -> key != held).toList();
            held.destroy();
            managed.delete(held.fingerprint().paths());
            dropKeyCache();
            LOG.log(Level.INFO, "filesystem key source: deleted " + publicKey + " (" + held.origin() + ")");
            return new KeyDeletion.Deleted();
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

    /** The key cache may hold the deleted key's sealed secret: it goes too (the next start writes a new one). */
    private void dropKeyCache() {
        if (settings.keyCache().isEmpty()) {
            return;
        }
        Path cache = settings.keyCache().get();
        try {
            Files.deleteIfExists(cache);
        } catch (java.io.IOException e) {
            throw new KeyStorageException("the key is deleted, but the key cache " + cache
                    + " that may still hold it sealed could not be removed (" + KeyFiles.describe(e) + ")", e);
        }
    }

    private LoadedKey find(BlsPublicKey publicKey) {
        return current.stream().filter(key -> key.publicKey().equals(publicKey)).findFirst().orElse(null);
    }

    /** A bare keystore in the managed folder: its keystore and password file both lie there. */
    private boolean isManaged(LoadedKey key) {
        List<Path> files = key.fingerprint().paths();
        return managed.holdsAll(files) && key.origin().equals(files.getFirst().toString());
    }

    /** The configured folders, then the managed folder when it exists and is not one of them. */
    private List<Path> folders() {
        List<Path> folders = new ArrayList<>(settings.folders());
        boolean listed = folders.stream().anyMatch(folder -> folder.toAbsolutePath().normalize().equals(managed.path()));
        if (!listed && Files.isDirectory(managed.path())) {
            folders.add(managed.path());
        }
        return folders;
    }

    private List<LoadResult> load(List<KeyEntry> entries) {
        try {
            LOG.log(Level.INFO, "filesystem key source: loading " + entries.size() + " keys from "
                    + folders().stream().map(Object::toString).collect(Collectors.joining(", "))
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
