package io.containment.runtime.reload;

import io.containment.runtime.keys.KeyRegistry;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Re-scans the key sources in the background, one reload at a time: {@link #start()} returns at
 * once or refuses with {@link ReloadInProgressException}; {@link #status()} tells how it went.
 */
public final class ReloadService implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ReloadService.class.getName());
    /** Problems named in {@code lastError}; the log has them all. */
    private static final int MAX_SHOWN = 10;
    private final KeyRegistry registry;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "key-reload");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<ReloadStatus> status = new AtomicReference<>(ReloadStatus.IDLE);

    public ReloadService(KeyRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Starts a reload in the background. */
    public void start() {
        if (!running.compareAndSet(false, true)) {
            throw new ReloadInProgressException();
        }
        status.set(ReloadStatus.running(clock.instant()));
        try {
            executor.execute(this::reload);
        } catch (RejectedExecutionException e) {
            finish(ReloadStatus.State.FAILED, Optional.of("Reload failed: the reload executor is shut down"));
            throw new IllegalStateException("the reload executor is shut down", e);
        }
    }

    public ReloadStatus status() {
        return status.get();
    }

    private void reload() {
        try {
            LOG.log(Level.INFO, "reloading keys");
            List<String> problems = registry.reload();
            if (problems.isEmpty()) {
                finish(ReloadStatus.State.COMPLETED, Optional.empty());
            } else {
                String shown = String.join("; ", problems.subList(0, Math.min(MAX_SHOWN, problems.size())))
                        + (problems.size() > MAX_SHOWN ? "; … (see the log)" : "");
                finish(ReloadStatus.State.COMPLETED_WITH_ERRORS, Optional.of("Reload completed with "
                        + problems.size() + " key loading error(s): " + shown));
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "reload failed", e);
            finish(ReloadStatus.State.FAILED, Optional.of("Reload failed: " + e.getClass().getSimpleName()));
        }
    }

    private void finish(ReloadStatus.State state, Optional<String> error) {
        status.set(new ReloadStatus(state, Optional.of(clock.instant()), error));
        running.set(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
