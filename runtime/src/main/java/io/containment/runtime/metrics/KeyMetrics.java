package io.containment.runtime.metrics;

import io.containment.runtime.keys.KeyLoadListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code containment_keys_active{source}} (keys usable from each source after the latest load)
 * and {@code containment_key_loading_duration_seconds{source}} (one sample per source per load).
 */
public final class KeyMetrics implements KeyLoadListener {
    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> active = new ConcurrentHashMap<>();

    public KeyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void loaded(List<SourceLoad> sources) {
        for (SourceLoad load : sources) {
            active.computeIfAbsent(load.source(), this::gauge).set(load.activeKeys());
            Timer.builder("containment.key.loading.duration")
                    .description("Time to load the keys of one key source")
                    .tag("source", load.source())
                    .serviceLevelObjectives(Buckets.loading())
                    .register(registry).record(load.took());
        }
    }

    private AtomicInteger gauge(String source) {
        AtomicInteger value = new AtomicInteger();
        Gauge.builder("containment.keys.active", value, AtomicInteger::get)
                .description("Validator keys usable for signing, by key source")
                .tag("source", source)
                .strongReference(true)
                .register(registry);
        return value;
    }
}
