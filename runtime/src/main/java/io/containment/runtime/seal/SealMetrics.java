package io.containment.runtime.seal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code containment_signer_state{state}}: 1 for the current seal state, 0 for the others (one
 * gauge per state, registered up front).
 */
public final class SealMetrics {
    /** Micrometer name; the Prometheus registry renders it {@code containment_signer_state}. */
    public static final String STATE = "containment.signer.state";

    private SealMetrics() {
    }

    public static void register(MeterRegistry registry, SealStateView view) {
        for (SealState state : SealState.values()) {
            Gauge.builder(STATE, view, v -> v.state() == state ? 1 : 0).tag("state", state.wireName())
                    .description("the seal state: 1 for the current one").register(registry);
        }
    }
}
