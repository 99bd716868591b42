package io.containment.api.plugin;

/**
 * A plugin could not do what was asked. Messages name what failed and why; they never carry
 * secrets (key material, passwords, tokens).
 */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
