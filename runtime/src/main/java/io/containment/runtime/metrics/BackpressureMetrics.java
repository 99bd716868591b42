package io.containment.runtime.metrics;

import io.containment.runtime.backpressure.SigningLimiter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code containment_signing_in_flight} and {@code containment_signing_queued}, read from the limiter. */
final class BackpressureMetrics {
    private BackpressureMetrics() {
    }

    static void bind(SigningLimiter limiter, MeterRegistry registry) {
        Gauge.builder("containment.signing.in.flight", limiter, SigningLimiter::inFlight)
                .description("Signing requests holding a signing slot")
                .strongReference(true)
                .register(registry);
        Gauge.builder("containment.signing.queued", limiter, SigningLimiter::waiting)
                .description("Signing requests waiting for a signing slot")
                .strongReference(true)
                .register(registry);
        Gauge.builder("containment.signing.capacity", limiter, SigningLimiter::maxConcurrent)
                .description("Configured bound on concurrent signing (backpressure.max_concurrent_signing)")
                .strongReference(true)
                .register(registry);
    }
}
