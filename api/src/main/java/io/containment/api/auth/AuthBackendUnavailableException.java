package io.containment.api.auth;

/**
 * The backend cannot answer (storage down, I/O error, closed). A fault, never an outcome: the
 * runtime keeps serving from its last snapshot and reports the backend down.
 */
public class AuthBackendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthBackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
