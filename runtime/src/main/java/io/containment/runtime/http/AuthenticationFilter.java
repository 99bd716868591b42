package io.containment.runtime.http;

import io.containment.runtime.auth.AccessControl;
import io.containment.runtime.auth.Caller;
import io.containment.runtime.auth.CallerPrincipal;
import io.containment.runtime.auth.RouteAccess;
import io.containment.runtime.auth.RouteRules;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Every request but {@code /upcheck}, routed or not (unknown paths too), is authenticated before
 * routing: 401 without a live token once policies exist. {@link AuthorisationFilter} decides after routing.
 * ({@link SigningRoute} does the same for the signing route it serves without JAX-RS.)
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {
    /** Request property holding the {@link Caller}. */
    static final String CALLER = "containment.caller";
    private final AccessControl accessControl;

    @Inject
    public AuthenticationFilter(AccessControl accessControl) {
        this.accessControl = accessControl;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (RouteRules.isUpcheck(path)) {
            return;
        }
        CallerPrincipal principal = RouteAccess.authenticate(accessControl,
                request.getHeaderString(HttpHeaders.AUTHORIZATION), RouteAccess.route(request.getMethod(), path));
        request.setProperty(CALLER, principal.caller());
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }
}
