package io.containment.runtime.http;

import io.containment.runtime.auth.AccessControl;
import io.containment.runtime.auth.Caller;
import io.containment.runtime.auth.RouteAccess;
import io.containment.runtime.auth.RouteRules;
import io.containment.runtime.auth.RouteRules.Requirement;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * After routing: the scope (and, from the path, the key) the matched route needs, by
 * {@link RouteRules}. The signing pipeline checks the operation once the body is parsed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class AuthorisationFilter implements ContainerRequestFilter {
    private final AccessControl accessControl;
    @Context
    ResourceInfo resourceInfo;

    @Inject
    public AuthorisationFilter(AccessControl accessControl) {
        this.accessControl = accessControl;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String template = template(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
        Requirement requirement = RouteRules.requirement(request.getMethod(), template);
        if (requirement instanceof Requirement.Open) {
            return;
        }
        Caller caller = request.getProperty(AuthenticationFilter.CALLER) instanceof Caller c ? c : new Caller.Anonymous();
        RouteAccess.authorise(accessControl, requirement, caller,
                request.getUriInfo().getPathParameters().getFirst(RouteRules.KEY_PARAMETER),
                RouteAccess.route(request.getMethod(), request.getUriInfo().getPath()));
    }

    private static String template(Class<?> resource, Method method) {
        String base = "";
        for (Class<?> type = resource; type != null && base.isEmpty(); type = type.getSuperclass()) {
            base = type.getAnnotation(Path.class) == null ? "" : type.getAnnotation(Path.class).value();
        }
        String sub = method == null || method.getAnnotation(Path.class) == null ? "" : method.getAnnotation(Path.class).value();
        return base + "/" + sub;
    }
}
