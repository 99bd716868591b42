package io.containment.runtime.config;

/** A configuration value is missing, unknown or unusable; the process exits 2 with this message. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public ConfigException(String key, String reason) {
        super(key + ": " + reason);
        this.key = key;
    }

    /** The offending key (or file). */
    public String key() {
        return key;
    }
}
