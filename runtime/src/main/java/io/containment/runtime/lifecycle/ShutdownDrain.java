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
 * Graceful shutdown. SIGTERM/SIGINT run Helidon's shutdown hook: the HTTP listener stops taking
 * new connections and gives the requests it is serving up to {@code server.shutdown-grace-period}
 * (25 s, set by {@code SignerServer}), and the CDI container stops. This observer runs first
 * among the container's shutdown observers, before any bean is destroyed (the slashing store and
 * the keys among them): it refuses new signing (503 + Retry-After, for requests still reaching the
 * signer) and waits up to {@link #LIMIT} for every admitted signing request, running or queued.
 * Whichever of the two comes first, nothing is closed under a signature in progress: a committed
 * slashing record is always followed by its signature.
 */
@ApplicationScoped
public class ShutdownDrain {
    /** How long shutdown waits for admitted signing requests. */
    public static final Duration LIMIT = Duration.ofSeconds(25);
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
