package io.containment.runtime.auth;

import io.containment.api.auth.Scope;
import io.containment.runtime.audit.AuditLog;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * Authenticates a request against the cached {@link AuthState} and authorises it; every refusal is
 * one audit line and one count of {@code containment_auth_rejections_total{reason}}.
 */
public final class AccessControl {
    private final AuthCache cache;
    private final TokenHasher hasher;
    private final AuditLog audit;
    private final AuthMetrics metrics;
    private final Clock clock;

    public AccessControl(AuthCache cache, TokenHasher hasher, AuditLog audit, AuthMetrics metrics, Clock clock) {
        this.cache = cache;
        this.hasher = hasher;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Phase one, before routing: who is calling. In open mode a missing or unusable token is
     * {@link Caller.Anonymous}; otherwise it is refused.
     *
     * @param authorization the Authorization header, or null
     * @param route         method and path, for the audit line
     * @throws NotAuthenticatedException without a live token when policies exist
     */
    public Caller authenticate(String authorization, String route) {
        AuthState state = cache.current();
        if (state.open()) {
            try {
                return authorization == null || authorization.isBlank() ? new Caller.Anonymous()
                        : authenticate(state, authorization, route, false);
            } catch (NotAuthenticatedException e) {
                return new Caller.Anonymous();
            }
        }
        return authenticate(state, authorization, route, true);
    }

    /**
     * Phase two, once the route (and later the body) is known: may the caller do it? In open mode
     * everyone may do everything except manage auth.
     *
     * @throws NotAuthenticatedException for an anonymous caller where a token is needed
     * @throws AccessDeniedException     when the caller may not do {@code request}
     */
    public void authorise(Caller caller, AccessRequest request, String route) {
        if (cache.current().open() && request.scope() != Scope.AUTH_MANAGE) {
            return;
        }
        if (caller instanceof Caller.Anonymous) {
            throw refuse(new NotAuthenticatedException(Rejection.MISSING), caller.describe(), route);
        }
        if (!caller.may(request)) {
            throw refuse(new AccessDeniedException(request), caller.describe(), route);
        }
    }

    /** A route with no access rule: served only in open mode. */
    public void refuseUnlisted(Caller caller, String route) {
        if (!cache.current().open()) {
            throw refuse(AccessDeniedException.unlisted(route), caller.describe(), route);
        }
    }

    /** The pipeline's check once everything is known. */
    public Access accessFor(Caller caller, String route) {
        return new Access() {
            @Override
            public void require(AccessRequest request) {
                authorise(caller, request, route);
            }

            @Override
            public boolean permits(AccessRequest request) {
                return (cache.current().open() && request.scope() != Scope.AUTH_MANAGE)
                        || (!(caller instanceof Caller.Anonymous) && caller.may(request));
            }

            @Override
            public void requireManagementToken(String what) {
                if (!(caller instanceof Caller.Manager)) {
                    throw refuse(AccessDeniedException.managementOnly(what), caller.describe(), route);
                }
            }
        };
    }

    private Caller authenticate(AuthState state, String authorization, String route, boolean record) {
        if (authorization == null || authorization.isBlank()) {
            throw refuse(new NotAuthenticatedException(Rejection.MISSING), "unauthenticated", route);
        }
        Optional<byte[]> token = Credentials.token(authorization);
        if (token.isEmpty()) {
            throw record ? refuse(new NotAuthenticatedException(Rejection.MALFORMED), "unauthenticated", route)
                    : new NotAuthenticatedException(Rejection.MALFORMED);
        }
        AuthState.Authentication authentication;
        try {
            authentication = state.authenticate(hasher.hash(token.get()), clock.instant());
        } finally {
            Arrays.fill(token.get(), (byte) 0);
        }
        return switch (authentication) {
            case AuthState.Authentication.Authenticated authenticated -> authenticated.caller();
            case AuthState.Authentication.Rejected rejected -> throw record
                    ? refuse(new NotAuthenticatedException(rejected.rejection()), "unauthenticated", route)
                    : new NotAuthenticatedException(rejected.rejection());
        };
    }

    private AuthRefusal refuse(AuthRefusal refusal, String caller, String route) {
        metrics.rejected(refusal.rejection());
        audit.accessDenied(caller, route, refusal.rejection().label(), refusal.getMessage());
        return refusal;
    }
}
