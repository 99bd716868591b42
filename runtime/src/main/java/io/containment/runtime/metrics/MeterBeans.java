package io.containment.runtime.metrics;

import io.containment.runtime.keys.KeyLoadListener;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces the {@code containment_*} meter groups the signing path and the key registry report to. */
@ApplicationScoped
public class MeterBeans {
    @Produces
    @Singleton
    SigningMetrics signingMetrics(MeterRegistry registry) {
        return new SigningMetrics(registry);
    }

    @Produces
    @Singleton
    KeyLoadListener keyLoadListener(MeterRegistry registry) {
        return new KeyMetrics(registry);
    }
}
