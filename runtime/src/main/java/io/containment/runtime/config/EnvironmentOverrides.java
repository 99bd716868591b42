package io.containment.runtime.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps {@code CONTAINMENT_*} environment variables to configuration keys: the prefix is dropped,
 * the rest lower-cased, {@code __} nests. {@code CONTAINMENT_ANTI_SLASHING__URL} → {@code anti_slashing.url}.
 * The variables the launcher and the operator commands read for themselves ({@link #NOT_CONFIGURATION})
 * are not configuration: an operator who exported one must still be able to start the signer.
 */
public final class EnvironmentOverrides {
    /** The prefix of every variable we read. */
    public static final String PREFIX = "CONTAINMENT_";
    /** The logging file, read by {@code bin/containment-chamber}. */
    public static final String LOGGING_CONFIG_VARIABLE = "CONTAINMENT_LOGGING_CONFIG";
    /** The bearer token of the operator commands ({@code SignerClient}). */
    public static final String TOKEN_VARIABLE = "CONTAINMENT_TOKEN";
    /** The variables with our prefix that are not configuration keys. */
    public static final Set<String> NOT_CONFIGURATION = Set.of(LOGGING_CONFIG_VARIABLE, TOKEN_VARIABLE);

    private EnvironmentOverrides() {
    }

    /** The configuration keys and values found in {@code environment}. */
    public static Map<String, String> from(Map<String, String> environment) {
        Map<String, String> overrides = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length() && !NOT_CONFIGURATION.contains(name)) {
                String key = name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace("__", ".");
                overrides.put(key, value);
            }
        });
        return overrides;
    }
}
