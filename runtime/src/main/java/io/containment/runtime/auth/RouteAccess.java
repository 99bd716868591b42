package io.containment.runtime.auth;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.runtime.auth.RouteRules.Requirement;
import java.util.Optional;

/**
 * The two access steps of an HTTP request, the same for the JAX-RS filters and the Helidon signing
 * route: authenticate the token before routing, then authorise what the matched route needs
 * ({@link RouteRules}) with the key from its path.
 */
public final class RouteAccess {
    private RouteAccess() {
    }

    /** {@code METHOD /path} as audit lines name a route (one leading slash, whatever the request had). */
    public static String route(String method, String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return method + " /" + path.substring(start);
    }

    /**
     * Phase one: the caller behind the Authorization header (null when absent), with the access check
     * the signing pipeline applies once the body is known.
     *
     * @throws NotAuthenticatedException without a live token when policies exist
     */
    public static CallerPrincipal authenticate(AccessControl accessControl, String authorization, String route) {
        Caller caller = accessControl.authenticate(authorization, route);
        return new CallerPrincipal(caller, accessControl.accessFor(caller, route));
    }

    /**
     * Phase two: may {@code caller} use the matched route? {@code identifier} is the route's key path
     * parameter (null when it has none; an unparsable key counts as none).
     *
     * @throws AuthRefusal when not
     */
    public static void authorise(AccessControl accessControl, Requirement requirement, Caller caller, String identifier,
                                 String route) {
        switch (requirement) {
            case Requirement.Open open -> { }
            case Requirement.AnyCaller any -> { }
            case Requirement.Unlisted unlisted -> accessControl.refuseUnlisted(caller, route);
            case Requirement.Scoped scoped -> accessControl.authorise(caller, new AccessRequest(scoped.scope(),
                    scoped.keyed() ? key(identifier) : Optional.empty(), Optional.empty()), route);
        }
    }

    private static Optional<BlsPublicKey> key(String identifier) {
        try {
            return identifier == null ? Optional.empty() : Optional.of(BlsPublicKey.fromHex(identifier));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
