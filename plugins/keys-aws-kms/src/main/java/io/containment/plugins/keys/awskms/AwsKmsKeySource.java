package io.containment.plugins.keys.awskms;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keys from folders of KMS-wrapped key files. Each {@link #keys()} call reads the files again;
 * keys whose stored form did not change are kept without another KMS call, the others are
 * unwrapped ({@code load_concurrency} files at once). A file or key that cannot be loaded —
 * KMS key disabled, unknown, denied or unreachable, a damaged file, a pubkey mismatch — is logged,
 * listed in {@link #problems()} and skipped; the others load. Of two keys with one pubkey, the
 * first in folder, file-name, position order wins.
 */
final class AwsKmsKeySource implements KeySource {
    private static final System.Logger LOG = System.getLogger(AwsKmsKeySource.class.getName());
    private final List<Path> folders;
    private final int concurrency;
    private final KmsDataKeys kms;
    private final BlsSecretKeys bls;
    private final Clock clock;
    private final Runnable onClose;
    private final ReentrantLock lock = new ReentrantLock();
    private Map<String, ValidatorKey> current = Map.of();
    private volatile List<String> problems = List.of();
    private boolean closed;

    /** @param onClose run once on {@link #close()} after the KMS client is closed (wipes static credentials) */
    AwsKmsKeySource(List<Path> folders, int concurrency, KmsDataKeys kms, BlsSecretKeys bls, Clock clock, Runnable onClose) {
        this.folders = List.copyOf(folders);
        this.concurrency = concurrency;
        this.kms = kms;
        this.bls = bls;
        this.clock = clock;
        this.onClose = onClose;
    }

    @Override
    public List<ValidatorKey> keys() {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the aws_kms key source is closed");
            }
            Instant start = clock.instant();
            KeyFolderScanner.Scan scan = new KeyFolderScanner().scan(folders);
            List<String> found = new ArrayList<>(scan.problems());
            List<LoadOutcome> outcomes = loadAll(scan.files());
            Map<String, ValidatorKey> kept = keepFirstOfEachPublicKey(outcomes, found);
            retire(outcomes, kept);
            current = kept;
            problems = List.copyOf(found);
            found.forEach(problem -> LOG.log(Level.WARNING, problem + " (skipped)"));
            long reused = outcomes.stream().filter(o -> o instanceof LoadOutcome.Loaded l && l.reused()).count();
            LOG.log(Level.INFO, "aws_kms key source: " + kept.size() + " keys ready from " + scan.files().size()
                    + " files (" + reused + " unchanged since the last load) in "
                    + Duration.between(start, clock.instant()).toMillis() + " ms, " + found.size() + " problems");
            return List.copyOf(kept.values());
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
            if (closed) {
                return;
            }
            closed = true;
            current.values().forEach(ValidatorKey::destroy);
            current = Map.of();
            kms.close();
            onClose.run();
        } finally {
            lock.unlock();
        }
    }

    private List<LoadOutcome> loadAll(List<KeyFolderScanner.Found> files) {
        KeyFileLoader loader = new KeyFileLoader(kms, bls, current);
        try {
            return new BoundedParallel(concurrency).map(files, found -> loader.load(found.path(), found.file()),
                    AwsKmsKeySource::destroyFresh);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException("loading keys from KMS was interrupted");
        }
    }

    private static Map<String, ValidatorKey> keepFirstOfEachPublicKey(List<LoadOutcome> outcomes, List<String> problems) {
        Map<BlsPublicKey, ValidatorKey> first = new HashMap<>();
        Map<String, ValidatorKey> kept = new LinkedHashMap<>();
        for (LoadOutcome outcome : outcomes) {
            switch (outcome) {
                case LoadOutcome.Failed failed -> problems.add(failed.problem());
                case LoadOutcome.Loaded loaded -> {
                    ValidatorKey winner = first.putIfAbsent(loaded.key().publicKey(), loaded.key());
                    if (winner == null) {
                        kept.put(loaded.fingerprint(), loaded.key());
                    } else {
                        problems.add(loaded.key().origin() + ": duplicate public key " + loaded.key().publicKey()
                                + ", already loaded from " + winner.origin());
                    }
                }
            }
        }
        return kept;
    }

    /** Destroys every key of the last load and of this one that is not kept. */
    private void retire(List<LoadOutcome> outcomes, Map<String, ValidatorKey> kept) {
        Set<ValidatorKey> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(kept.values());
        current.values().stream().filter(key -> !keep.contains(key)).forEach(ValidatorKey::destroy);
        outcomes.stream().filter(o -> o instanceof LoadOutcome.Loaded).map(o -> ((LoadOutcome.Loaded) o).key())
                .filter(key -> !keep.contains(key)).forEach(ValidatorKey::destroy);
    }

    private static void destroyFresh(List<LoadOutcome> outcomes) {
        outcomes.stream().filter(o -> o instanceof LoadOutcome.Loaded l && !l.reused())
                .forEach(o -> ((LoadOutcome.Loaded) o).key().destroy());
    }
}
