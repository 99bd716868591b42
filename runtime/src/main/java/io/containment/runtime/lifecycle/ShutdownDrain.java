package io.containment.runtime.lifecycle;

import io.containment.runtime.backpressure.SigningLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Graceful shutdown (SIGTERM/SIGINT run Helidon's shutdown hook, which stops the container): before
 * any bean is destroyed — the slashing store and the keys among them — new signing requests are
 * refused with 503 and the requests already admitted, signing or queued, finish, for up to
 * {@link #LIMIT}. The HTTP listener itself stops accepting connections and waits for the requests
 * it is serving ({@code server.shutdown-grace-period}, the same 25 s).
 */
@ApplicationScoped
public class ShutdownDrain {
    /** How long shutdown waits for admitted signing requests. */
    public static final Duration LIMIT = Duration.ofSeconds(25);
    private static final System.Logger LOG = System.getLogger(ShutdownDrain.class.getName());

    void drain(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event, SigningLimiter limiter) {
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
