package io.containment.runtime.keymanager;

/** A Key Manager request that cannot be carried out as sent (malformed, inconsistent); nothing was changed. */
public class KeyManagerRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeyManagerRequestException(String message) {
        super(message);
    }
}
