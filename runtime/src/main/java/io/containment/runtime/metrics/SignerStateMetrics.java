package io.containment.runtime.metrics;

import io.containment.runtime.lifecycle.SignerState;
import io.containment.runtime.lifecycle.SignerStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code containment_signer_state{state}}: 1 for the current seal state, 0 for the others,
 * read from {@link SignerStatus} at every scrape (so whatever drives the state drives the gauge).
 */
final class SignerStateMetrics {
    private SignerStateMetrics() {
    }

    static void bind(SignerStatus status, MeterRegistry registry) {
        for (SignerState state : SignerState.values()) {
            Gauge.builder("containment.signer.state", status, s -> s.state() == state ? 1 : 0)
                    .description("Seal state of the signer: 1 for the current state")
                    .tag("state", state.label())
                    .strongReference(true)
                    .register(registry);
        }
    }
}
