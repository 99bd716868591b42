package io.containment.runtime.auth;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthBackendUnavailableException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@link AuthState} requests are checked against, refreshed from the backend: every
 * {@code auth.refresh_interval_seconds} it reads the backend's revision and, only when it moved,
 * the whole snapshot. So a token created or revoked by another instance works or stops working
 * within one interval; writes through this instance refresh at once. When the backend cannot
 * answer, the last state stays in force (expiry is still checked on every request) and
 * {@link #problem()} says since when.
 */
public final class AuthCache implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AuthCache.class.getName());
    private final AuthBackend backend;
    private final boolean required;
    private final Clock clock;
    private final Object refreshing = new Object();
    private volatile AuthState state;
    private volatile Optional<String> problem = Optional.empty();
    private ScheduledExecutorService scheduler;

    /** Loads the first state; a backend that cannot answer now stops startup. */
    public AuthCache(AuthBackend backend, boolean required, Clock clock) {
        this.backend = backend;
        this.required = required;
        this.clock = clock;
        this.state = AuthState.of(backend.snapshot(), required);
    }

    /** What requests are checked against now. */
    public AuthState current() {
        return state;
    }

    /** Polls the revision and reloads when it moved. Never throws: a failure is logged once and kept in {@link #problem()}. */
    public void refresh() {
        synchronized (refreshing) {
            try {
                if (backend.revision() != state.revision()) {
                    state = AuthState.of(backend.snapshot(), required);
                }
                if (problem.isPresent()) {
                    LOG.log(Level.INFO, "auth backend answers again; policies and tokens are current");
                    problem = Optional.empty();
                }
            } catch (AuthBackendUnavailableException | IllegalArgumentException e) {
                if (problem.isEmpty()) {
                    LOG.log(Level.WARNING, "auth backend unavailable, checking requests against the policies and tokens "
                            + "read at revision {0}: {1}", state.revision(), e.getMessage());
                    problem = Optional.of("unavailable since " + Instant.now(clock) + ": " + e.getMessage());
                }
            }
        }
    }

    /** Why the backend could not be read at the last refresh, if it could not. */
    public Optional<String> problem() {
        return problem;
    }

    /** Refreshes every {@code intervalSeconds} on a daemon thread until closed. */
    public synchronized void start(int intervalSeconds) {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("auth-refresh").factory());
            scheduler.scheduleWithFixedDelay(this::refresh, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
