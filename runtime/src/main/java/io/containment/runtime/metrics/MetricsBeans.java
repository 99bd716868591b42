package io.containment.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The meter registry every component counts on. (Placeholder from the auth branch: a
 * {@link SimpleMeterRegistry}; the metrics branch produces the Prometheus registry served on the
 * metrics port and replaces this file.)
 */
@ApplicationScoped
public class MetricsBeans {
    @Produces
    @ApplicationScoped
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
