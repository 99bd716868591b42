package io.containment.api.plugin;

/** A configuration value is missing, unknown or unusable. The runtime exits 2 naming {@link #key()}. */
public class PluginConfigException extends PluginException {
    private static final long serialVersionUID = 1L;
    private final String key;

    /**
     * @param key    the full key, e.g. {@code key_sources.filesystem.paths}
     * @param reason what is wrong with it
     */
    public PluginConfigException(String key, String reason) {
        super(key + ": " + reason);
        this.key = key;
    }

    /** The full configuration key at fault. */
    public String key() {
        return key;
    }
}
