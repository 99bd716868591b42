package io.containment.runtime.keymanager;

/** As many imports and deletes as allowed are already running; nothing was changed, try again later. */
public class TooManyWritesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TooManyWritesException(String message) {
        super(message);
    }
}
