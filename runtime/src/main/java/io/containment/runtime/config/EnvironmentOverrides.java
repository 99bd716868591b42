package io.containment.runtime.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps {@code CONTAINMENT_*} environment variables to configuration keys: the prefix is dropped,
 * the rest lower-cased, {@code __} nests. {@code CONTAINMENT_ANTI_SLASHING__URL} → {@code anti_slashing.url}.
 */
public final class EnvironmentOverrides {
    /** The prefix of every variable we read. */
    public static final String PREFIX = "CONTAINMENT_";

    private EnvironmentOverrides() {
    }

    /** The configuration keys and values found in {@code environment}. */
    public static Map<String, String> from(Map<String, String> environment) {
        Map<String, String> overrides = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                String key = name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace("__", ".");
                overrides.put(key, value);
            }
        });
        return overrides;
    }
}
