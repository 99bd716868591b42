package io.containment.runtime.auth;

/** A request refused by authentication or authorisation. {@code http.error} maps each kind to its status. */
public abstract sealed class AuthRefusal extends RuntimeException permits NotAuthenticatedException, AccessDeniedException {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;

    protected AuthRefusal(Rejection rejection, String message) {
        super(message, null, false, false);
        this.rejection = rejection;
    }

    /** Why. */
    public Rejection rejection() {
        return rejection;
    }
}
