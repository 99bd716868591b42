package io.containment.api.keys;

import io.containment.api.plugin.PluginException;

/**
 * A keystore offered for import cannot be used: malformed, unsupported, wrong password, or a
 * pubkey that is not its secret's. The message names the problem, never a password or a secret.
 */
public class InvalidKeystoreException extends PluginException {
    private static final long serialVersionUID = 1L;

    public InvalidKeystoreException(String message) {
        super(message);
    }
}
