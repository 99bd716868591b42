package io.containment.runtime.plugins;

/** A plugin cannot be used (wrong SPI version, duplicate factory name, failed to load); startup exits 2. */
public final class PluginHostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginHostException(String message) {
        super(message);
    }
}
