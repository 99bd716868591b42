package io.containment.runtime.http;

import io.containment.runtime.http.wire.RequestBodyLimits;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies {@link RequestBodyLimits} to every request that carries a body. Pre-matching, so a
 * malformed Content-Type is refused here (415 JSON) before JAX-RS resource matching trips over it.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class RequestBodyFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean body = request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
        if (body) {
            RequestBodyLimits.checkDeclaredLength(length);
            RequestBodyLimits.checkContentType(request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        }
        // never hasEntity(): it reads ahead, outside the guard the wrapped stream puts around the HTTP layer
        request.setEntityStream(RequestBodyLimits.bounded(request.getEntityStream()));
    }
}
