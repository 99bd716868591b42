package io.containment.plugins.keys.dynamodb;

/** One item cannot be used (malformed, unsupported, fails authentication); the message names why and holds no secret. */
final class ItemException extends Exception {
    private static final long serialVersionUID = 1L;

    ItemException(String message) {
        super(message, null, false, false);
    }
}
