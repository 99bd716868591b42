package io.containment.api.slashing;

import io.containment.api.plugin.PluginException;

/** The store cannot decide now (database down, timeout). The runtime answers 503 and signs nothing. */
public class StoreUnavailableException extends PluginException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
