package io.containment.runtime.keys;

import io.containment.runtime.plugins.KeySources;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background refresh (SPI 1.7): every source that returns a {@link
 * io.containment.api.keys.KeySource#refreshInterval() refresh interval} is re-scanned that often
 * through {@link KeyRegistry#refresh}, which swaps only that source's keys and never runs at the
 * same time as {@code POST /reload} or a Key Manager import or delete. One daemon thread serves
 * every source. A failure or a set of problems is logged when it first appears and when it
 * changes or goes away, not at every run; no message holds a secret (sources never put one in).
 */
public final class KeyRefresh implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(KeyRefresh.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private final KeyRegistry registry;
    private final ScheduledExecutorService scheduler;
    private final Map<String, String> lastOutcome = new ConcurrentHashMap<>();

    private KeyRefresh(KeyRegistry registry) {
        this.registry = registry;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "key-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Schedules every source of {@code sources} that asks for a refresh interval; the rest are left alone. */
    public static KeyRefresh start(KeyRegistry registry, KeySources sources) {
        KeyRefresh refresh = new KeyRefresh(registry);
        for (KeySources.Named named : sources.sources()) {
            Optional<Duration> interval = named.source().refreshInterval().filter(d -> !d.isNegative() && !d.isZero());
            interval.ifPresent(every -> {
                refresh.scheduler.scheduleWithFixedDelay(() -> refresh.refresh(named), every.toNanos(), every.toNanos(),
                        TimeUnit.NANOSECONDS);
                LOG.log(Level.INFO, "key source {0}: refreshed in the background every {1}", named.name(), describe(every));
            });
        }
        return refresh;
    }

    /** One refresh of {@code named}; never throws (the scheduler would stop running it). */
    void refresh(KeySources.Named named) {
        try {
            List<String> problems = registry.refresh(named);
            if (problems.isEmpty()) {
                changed(named.name(), "", () -> LOG.log(Level.INFO, "key source {0}: background refresh works again",
                        named.name()));
            } else {
                changed(named.name(), "problems:" + String.join("\n", problems), () -> problems.forEach(problem ->
                        LOG.log(Level.WARNING, "key source {0}: {1}", named.name(), problem)));
            }
        } catch (RuntimeException | Error e) {
            if (scheduler.isShutdown()) {
                return; // interrupted by shutdown: not a failure of the source
            }
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            changed(named.name(), "failed:" + failure, () -> LOG.log(Level.WARNING,
                    "key source {0}: background refresh failed ({1}); its keys stay as they were, retried every interval",
                    named.name(), failure));
        }
    }

    /** Runs {@code log} when the outcome of {@code source} differs from the last one (the first success is quiet). */
    private void changed(String source, String outcome, Runnable log) {
        String previous = lastOutcome.put(source, outcome);
        if (previous == null ? !outcome.isEmpty() : !previous.equals(outcome)) {
            log.run();
        }
    }

    /** Whether the refresh thread has stopped (after {@link #close()}). */
    public boolean stopped() {
        return scheduler.isTerminated();
    }

    /** Stops the refreshes: a running one is interrupted and waited for (up to 10 s). */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "a key refresh still runs {0} s after shutdown began", STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Duration interval) {
        return interval.toMillis() % 1000 == 0 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
    }
}
