package io.containment.plugins.keys.awskms;

/** A key file or one of its keys cannot be used; the message names the reason, never a secret. */
final class KeyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    KeyFileException(String message) {
        super(message, null, false, false);
    }
}
