package io.containment.runtime.keymanager;

/** A Key Manager request above a configured limit (items per request, body size); nothing was changed. */
public class RequestTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(String message) {
        super(message);
    }
}
