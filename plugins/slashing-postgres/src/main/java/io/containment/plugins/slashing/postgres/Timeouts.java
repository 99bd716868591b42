package io.containment.plugins.slashing.postgres;

import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import java.time.Duration;
import java.util.Locale;

/** Reads a timeout key: {@code 3s}, {@code 2500ms}, or a bare number of milliseconds; 100 ms to 10 min. */
final class Timeouts {
    private static final Duration MIN = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofMinutes(10);

    private Timeouts() {
    }

    static Duration read(PluginConfig config, String key) {
        String text = config.string(key).orElseThrow().trim().toLowerCase(Locale.ROOT);
        Duration value;
        try {
            if (text.endsWith("ms")) {
                value = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).trim()));
            } else if (text.endsWith("s")) {
                value = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1).trim()));
            } else {
                value = Duration.ofMillis(Long.parseLong(text));
            }
        } catch (NumberFormatException e) {
            throw new PluginConfigException(config.fullKey(key), "expected a duration such as 3s or 2500ms, got '" + text + "'");
        }
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            throw new PluginConfigException(config.fullKey(key), "must be between 100ms and 10 minutes, got " + text);
        }
        return value;
    }
}
