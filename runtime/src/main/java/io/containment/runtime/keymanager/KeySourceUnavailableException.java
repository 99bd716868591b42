package io.containment.runtime.keymanager;

/**
 * The key source an import or delete needs cannot be used now — it holds keys under the master
 * key and the signer is sealed, or its storage refused — so nothing was changed; try again later.
 */
public class KeySourceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeySourceUnavailableException(String message) {
        super(message);
    }
}
