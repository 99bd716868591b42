package io.containment.runtime.metrics;

import io.containment.runtime.backpressure.SigningLimiter;
import io.containment.runtime.config.ConfigException;
import io.containment.runtime.config.Settings;
import io.containment.runtime.lifecycle.SignerStatus;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The metrics listener: a web server of its own on {@code metrics.listen_address:listen_port},
 * apart from the signing API, answering {@code GET /metrics} in the Prometheus text format.
 * It starts with the container (a port that cannot be bound stops startup with exit code 2,
 * naming {@code metrics.listen_port}) and stops with it;
 * at start it also binds the gauges that read live state (seal state, signing slots).
 */
@ApplicationScoped
public class MetricsServer {
    private static final System.Logger LOG = System.getLogger(MetricsServer.class.getName());
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final AtomicReference<WebServer> server = new AtomicReference<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object event, Settings settings, MeterRegistry registry,
               SignerStatus signerStatus, SigningLimiter limiter) {
        SignerStateMetrics.bind(signerStatus, registry);
        BackpressureMetrics.bind(limiter, registry);
        PrometheusMeterRegistry prometheus = (PrometheusMeterRegistry) registry;
        Settings.Listener listener = settings.metrics();
        WebServer started = WebServer.builder()
                .featuresDiscoverServices(false)
                .host(listener.listenAddress())
                .port(listener.listenPort())
                .routing(routing -> routing.get("/metrics", (request, response) -> {
                    response.header(HeaderNames.CONTENT_TYPE, CONTENT_TYPE);
                    response.send(prometheus.scrape());
                }))
                .build()
                .start();
        if (!started.isRunning() || started.port() < 0) { // Helidon logs a bind failure instead of throwing
            started.stop();
            throw new ConfigException("metrics.listen_port", "cannot listen on " + listener.listenAddress() + ":"
                    + listener.listenPort() + " (port in use, or not an address of this host)");
        }
        server.set(started);
        LOG.log(Level.INFO, "metrics on http://{0}:{1}/metrics", listener.listenAddress(), String.valueOf(started.port()));
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        WebServer running = server.getAndSet(null);
        if (running != null) {
            running.stop();
        }
    }

    /** The bound port (useful when configured as 0); -1 before start. */
    public int port() {
        WebServer running = server.get();
        return running == null ? -1 : running.port();
    }
}
