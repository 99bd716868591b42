package io.containment.plugins.keys.filesystem;

/** A key entry cannot be used. The message says why for the operator; it never carries a secret. */
final class KeyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    KeyFileException(String reason) {
        super(reason, null, false, false);
    }
}
