package io.containment.runtime.auth;

/** A valid token whose policies do not grant the scope, key or operation. */
public final class AccessDeniedException extends AuthRefusal {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(AccessRequest request) {
        this("token not allowed: " + request.describe());
    }

    private AccessDeniedException(String message) {
        super(Rejection.FORBIDDEN, message);
    }

    /** Something only a management token may do. */
    public static AccessDeniedException managementOnly(String what) {
        return new AccessDeniedException("only a management token may " + what);
    }

    /** A route without an access rule, refused to every token while policies exist. */
    public static AccessDeniedException unlisted(String route) {
        return new AccessDeniedException("no access rule covers " + route + "; it is served only in open mode");
    }
}
