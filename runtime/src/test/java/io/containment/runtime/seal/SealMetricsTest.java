package io.containment.runtime.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** {@code containment_signer_state{state}} follows the chamber. */
class SealMetricsTest {
    @Test
    void exactlyTheCurrentStateIsOne() {
        ChamberTest setup = new ChamberTest();
        Chamber chamber = setup.start();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SealMetrics.register(registry, chamber);
        assertThat(value(registry, SealState.UNINITIALIZED)).isEqualTo(1);
        assertThat(value(registry, SealState.UNSEALED)).isZero();
        chamber.init(setup.token(), ChamberTest.KEYS, 2);
        assertThat(value(registry, SealState.UNSEALED)).isEqualTo(1);
        chamber.seal("test");
        assertThat(value(registry, SealState.SEALED)).isEqualTo(1);
        assertThat(value(registry, SealState.UNSEALED)).isZero();
        assertThat(registry.find(SealMetrics.STATE).gauges()).as("every state but disabled, which reports as unsealed")
                .hasSize(SealState.values().length - 1);
    }

    private static double value(SimpleMeterRegistry registry, SealState state) {
        return registry.get(SealMetrics.STATE).tag("state", state.wireName()).gauge().value();
    }
}
