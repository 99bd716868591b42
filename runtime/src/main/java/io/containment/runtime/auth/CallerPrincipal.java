package io.containment.runtime.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The authenticated caller as the request's principal, with the {@link Access} check the pipeline
 * uses once the body is parsed. Its name is a token id (never a token).
 */
public record CallerPrincipal(Caller caller, Access access) implements Principal {
    /** Denies everything: what a resource gets when no filter ran. */
    private static final Access NONE = new Access() {
        @Override
        public void require(AccessRequest request) {
            throw new AccessDeniedException(request);
        }

        @Override
        public boolean permits(AccessRequest request) {
            return false;
        }

        @Override
        public void requireManagementToken(String what) {
            throw AccessDeniedException.managementOnly(what);
        }
    };

    @Override
    public String getName() {
        return caller.describe();
    }

    /** The access of the request behind {@code security}; one that denies everything when there is none. */
    public static Access accessOf(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof CallerPrincipal principal ? principal.access() : NONE;
    }

    /** The caller behind {@code security}, if the filter ran. */
    public static java.util.Optional<Caller> callerOf(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof CallerPrincipal principal
                ? java.util.Optional.of(principal.caller()) : java.util.Optional.empty();
    }
}
