package io.containment.runtime.metrics;

import io.containment.api.plugin.PluginMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@link PluginMetrics} on the runtime's registry: a plugin's {@code increment("kms_calls")}
 * becomes the counter {@code containment_kms_calls_total}, {@code record("kms_call", d)} the
 * timer {@code containment_kms_call_seconds}. Names and tag keys must be snake_case; tags come
 * in name/value pairs.
 */
final class MicrometerPluginMetrics implements PluginMetrics {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,99}");
    private final MeterRegistry registry;

    MicrometerPluginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void increment(String name, String... tags) {
        Counter.builder(meterName(name)).tags(checkedTags(tags)).register(registry).increment();
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
        Timer.builder(meterName(name)).tags(checkedTags(tags)).register(registry).record(duration);
    }

    private static String meterName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("plugin metric names are snake_case ([a-z][a-z0-9_]*): " + name);
        }
        String stripped = name.startsWith("containment_") ? name.substring("containment_".length()) : name;
        return "containment_" + stripped;
    }

    private static String[] checkedTags(String[] tags) {
        if (tags.length % 2 != 0) {
            throw new IllegalArgumentException("plugin metric tags come in name/value pairs");
        }
        for (int i = 0; i < tags.length; i += 2) {
            if (tags[i] == null || !NAME.matcher(tags[i]).matches() || tags[i + 1] == null) {
                throw new IllegalArgumentException("plugin metric tag names are snake_case and values non-null: " + tags[i]);
            }
        }
        return tags;
    }
}
