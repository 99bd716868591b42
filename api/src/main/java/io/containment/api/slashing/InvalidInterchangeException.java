package io.containment.api.slashing;

import io.containment.api.plugin.PluginException;

/** An interchange cannot be imported (wrong chain, inconsistent data); nothing was written. */
public class InvalidInterchangeException extends PluginException {
    private static final long serialVersionUID = 1L;

    public InvalidInterchangeException(String message) {
        super(message);
    }
}
