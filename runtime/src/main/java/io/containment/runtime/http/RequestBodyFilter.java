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
 * The Key Manager API ({@code /eth/v1/keystores}) takes imports with slashing histories larger
 * than 1 MiB: its size limit is its own ({@code http.key_manager_api.max_request_bytes}).
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class RequestBodyFilter implements ContainerRequestFilter {
    private static final String KEY_MANAGER_PATH = "eth/v1/keystores";
    /** The ceiling of {@code max_request_bytes}; the Key Manager service enforces the configured value. */
    private static final long KEY_MANAGER_MAX_BYTES = Integer.MAX_VALUE - 8L;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean keyManager = (path.startsWith("/") ? path.substring(1) : path).startsWith(KEY_MANAGER_PATH);
        long max = keyManager ? KEY_MANAGER_MAX_BYTES : RequestBodyLimits.MAX_BODY_BYTES;
        RequestBodyLimits.checkDeclared(request.getHeaderString(HttpHeaders.CONTENT_LENGTH),
                request.getHeaderString("Transfer-Encoding"), request.getHeaderString(HttpHeaders.CONTENT_TYPE), max);
        // never hasEntity(): it reads ahead, outside the guard the wrapped stream puts around the HTTP layer
        request.setEntityStream(RequestBodyLimits.bounded(request.getEntityStream(), max));
    }
}
