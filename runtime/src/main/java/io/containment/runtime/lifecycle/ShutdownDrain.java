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
 * Graceful shutdown. SIGTERM/SIGINT run Helidon's shutdown hook: the HTTP listener stops accepting
 * connections and gives the requests it is serving up to {@code server.shutdown-grace-period}
 * (25 s, set by {@code SignerServer}) to finish; then the CDI container stops. Before any bean is
 * destroyed — the slashing store and the keys among them — this observer refuses new signing
 * (503) and waits up to {@link #LIMIT} more for any signing request still holding a slot, so
 * nothing is closed under a signature in progress: a slashing record committed is always
 * followed by its signature or by an orderly stop.
 */
@ApplicationScoped
public class ShutdownDrain {
    /** How long the container waits for signing still running after the listener's grace period. */
    public static final Duration LIMIT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(ShutdownDrain.class.getName());

    // first of the container's shutdown observers: before any bean is destroyed
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
