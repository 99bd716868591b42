package io.containment.runtime.auth;

/** No usable token: missing, malformed, unknown, expired or revoked. The message never echoes the token. */
public final class NotAuthenticatedException extends AuthRefusal {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(Rejection rejection) {
        super(rejection, rejection == Rejection.MISSING
                ? "authentication required: send Authorization: Bearer <token> (or HTTP Basic with the token as password)"
                : "invalid, expired or revoked token");
    }
}
