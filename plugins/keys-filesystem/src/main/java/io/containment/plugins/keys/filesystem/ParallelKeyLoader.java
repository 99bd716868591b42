package io.containment.plugins.keys.filesystem;

import io.containment.api.plugin.PluginException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads entries on a fixed number of threads, logs a progress line every interval while it runs
 * and a WARN line per entry that fails. Results keep the entries' order.
 */
final class ParallelKeyLoader {
    private final int threads;
    private final Duration progressInterval;
    private final Clock clock;
    private final System.Logger log;
    private final Object lock = new Object();
    private boolean abandoned;

    ParallelKeyLoader(int threads, Duration progressInterval, Clock clock, System.Logger log) {
        this.threads = threads;
        this.progressInterval = progressInterval;
        this.clock = clock;
        this.log = log;
    }

    /** Loads one entry; {@link KeyEntryLoader#load} in production. */
    @FunctionalInterface
    interface EntryLoading {
        LoadResult load(KeyEntry entry) throws InterruptedException;
    }

    /**
     * @throws PluginException when interrupted; keys loaded so far are destroyed
     */
    List<LoadResult> loadAll(List<KeyEntry> entries, EntryLoading loader) {
        LoadResult[] results = new LoadResult[entries.size()];
        CountDownLatch finished = new CountDownLatch(entries.size());
        LoadProgress progress = new LoadProgress(entries.size(), clock);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, entries.size())),
                daemonThreads("filesystem-keys-load"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemonThreads("filesystem-keys-progress"));
        try {
            long interval = Math.max(1, progressInterval.toMillis());
            ticker.scheduleAtFixedRate(() -> log.log(Level.INFO, progress.line()), interval, interval, TimeUnit.MILLISECONDS);
            for (int i = 0; i < entries.size(); i++) {
                int index = i;
                pool.execute(() -> loadOne(entries.get(index), loader, index, results, progress, finished));
            }
            finished.await();
            return Arrays.asList(results);
        } catch (InterruptedException e) {
            abandon(results);
            Thread.currentThread().interrupt();
            throw new PluginException("loading keys was interrupted");
        } finally {
            ticker.shutdownNow();
            pool.shutdownNow();
        }
    }

    private void loadOne(KeyEntry entry, EntryLoading loader, int index, LoadResult[] results,
                         LoadProgress progress, CountDownLatch finished) {
        try {
            LoadResult result;
            try {
                result = loader.load(entry);
            } catch (InterruptedException e) {
                result = new LoadResult.Failed(entry.origin(), "loading was interrupted");
            } catch (RuntimeException | Error e) { // the type only: a message is not ours to vouch for
                result = new LoadResult.Failed(entry.origin(), "unexpected " + e.getClass().getName());
            }
            if (result instanceof LoadResult.Failed failed) {
                log.log(Level.WARNING, failed.problem() + " (skipped)");
            }
            progress.completed(result instanceof LoadResult.Loaded);
            store(result, index, results);
        } finally {
            entry.discard();
            finished.countDown();
        }
    }

    private void store(LoadResult result, int index, LoadResult[] results) {
        synchronized (lock) {
            if (abandoned) {
                destroyIfFresh(result);
            } else {
                results[index] = result;
            }
        }
    }

    /** After an interrupt: keys loaded so far, and keys still being loaded when they finish, are destroyed. */
    private void abandon(LoadResult[] results) {
        synchronized (lock) {
            abandoned = true;
            for (LoadResult result : results) {
                destroyIfFresh(result);
            }
        }
    }

    private static void destroyIfFresh(LoadResult result) {
        if (result instanceof LoadResult.Loaded loaded && !loaded.reused()) {
            loaded.key().destroy();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
