package io.containment.runtime.auth;

import java.util.Locale;

/** Why a request was refused: the {@code reason} label of {@code containment_auth_rejections_total}. */
public enum Rejection {
    /** No credentials (401). */
    MISSING,
    /** An Authorization header of no known scheme, or a token of the wrong form (401). */
    MALFORMED,
    /** No token has this hash (401). */
    UNKNOWN,
    /** The token expired (401). */
    EXPIRED,
    /** The token was revoked (401). */
    REVOKED,
    /** Authenticated, but no policy grants the scope, key or operation (403). */
    FORBIDDEN;

    /** The metric label. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
