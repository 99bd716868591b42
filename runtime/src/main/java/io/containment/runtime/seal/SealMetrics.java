package io.containment.runtime.seal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code containment_signer_state{state}}: 1 for the current seal state, 0 for the others (one
 * gauge per state, registered up front). A signer without a master key ({@code signer_state} not
 * configured) reports {@code unsealed}: everything it holds can sign.
 */
public final class SealMetrics {
    /** Micrometer name; the Prometheus registry renders it {@code containment_signer_state}. */
    public static final String STATE = "containment.signer.state";

    private SealMetrics() {
    }

    public static void register(MeterRegistry registry, SealStateView view) {
        for (SealState state : SealState.values()) {
            if (state == SealState.DISABLED) {
                continue; // without a master key nothing is sealed: reported as unsealed
            }
            Gauge.builder(STATE, view, v -> current(v.state()) == state ? 1 : 0).tag("state", state.wireName())
                    .description("the seal state: 1 for the current one").register(registry);
        }
    }

    private static SealState current(SealState state) {
        return state == SealState.DISABLED ? SealState.UNSEALED : state;
    }
}
