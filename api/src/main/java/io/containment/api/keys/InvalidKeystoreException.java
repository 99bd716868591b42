package io.containment.api.keys;

import io.containment.api.plugin.PluginException;

/** A keystore could not be decrypted: not a keystore, unsupported parameters, wrong password, pubkey mismatch. */
public class InvalidKeystoreException extends PluginException {
    private static final long serialVersionUID = 1L;

    public InvalidKeystoreException(String message) {
        super(message);
    }
}
