package io.containment.api.keys;

import io.containment.api.plugin.PluginException;

/** A writable key source could not store or delete key material (I/O, permissions, a full disk). */
public class KeyStorageException extends PluginException {
    private static final long serialVersionUID = 1L;

    public KeyStorageException(String message) {
        super(message);
    }

    public KeyStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
