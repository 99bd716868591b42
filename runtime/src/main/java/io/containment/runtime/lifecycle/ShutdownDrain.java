package io.containment.runtime.lifecycle;

import io.containment.runtime.backpressure.SigningLimiter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Graceful shutdown. SIGTERM/SIGINT run Helidon's shutdown hook, which stops the CDI container;
 * this observer runs first, before the HTTP listener closes and before any bean is destroyed (the
 * slashing store and the keys among them): new signing requests get 503 + Retry-After, and the
 * requests already admitted — signing or queued — finish, for up to {@link #LIMIT}. Then the
 * listener stops accepting connections and gives what it still serves up to
 * {@code server.shutdown-grace-period} (also 25 s, set by {@code SignerServer}). A committed
 * slashing record is therefore always followed by its signature, never by a closed store.
 * ({@code Server.stop()} called in-process closes the listener first, with the same grace
 * period, and this observer then finds nothing left.)
 */
@ApplicationScoped
public class ShutdownDrain {
    /** How long shutdown waits for admitted signing requests. */
    public static final Duration LIMIT = Duration.ofSeconds(25);
    private static final System.Logger LOG = System.getLogger(ShutdownDrain.class.getName());

    // first of the container's shutdown observers: before the listener stops and any bean is destroyed
    void drain(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @BeforeDestroyed(ApplicationScoped.class)
               Object event, SigningLimiter limiter) {
        int inFlight = limiter.inFlight();
        int waiting = limiter.waiting();
        LOG.log(Level.INFO, "shutting down: refusing new signing requests, draining {0} signing and {1} queued",
                inFlight, waiting);
        if (limiter.drain(LIMIT)) {
            LOG.log(Level.INFO, "signing drained; stopping");
        } else {
            LOG.log(Level.WARNING, "signing requests still running after {0} s; stopping anyway", LIMIT.toSeconds());
        }
    }
}
