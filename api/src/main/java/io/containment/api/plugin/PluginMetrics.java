package io.containment.api.plugin;

import java.time.Duration;

/**
 * Metrics a plugin may publish. Names get the {@code containment_} prefix from the runtime;
 * tags are name/value pairs.
 */
public interface PluginMetrics {
    /** Adds one to a counter. */
    void increment(String name, String... tags);

    /** Records one duration in a timer/histogram. */
    void record(String name, Duration duration, String... tags);

    /** A sink that drops everything, for tests and tools. */
    static PluginMetrics none() {
        return new PluginMetrics() {
            @Override
            public void increment(String name, String... tags) {
            }

            @Override
            public void record(String name, Duration duration, String... tags) {
            }
        };
    }
}
