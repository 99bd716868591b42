package io.containment.runtime.reload;

/** A reload was asked for while one is running. */
public class ReloadInProgressException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReloadInProgressException() {
        super("A reload operation is already in progress. Please try again later.");
    }
}
