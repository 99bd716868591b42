package io.containment.runtime.http.error;

import io.containment.runtime.auth.AccessDeniedException;
import io.containment.runtime.auth.AuthRefusal;
import io.containment.runtime.auth.NotAuthenticatedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 401 no usable token (with a {@code WWW-Authenticate} challenge) · 403 the token's policies do not allow it. */
@Provider
public class AuthRefusalMapper implements ExceptionMapper<AuthRefusal> {
    @Override
    public Response toResponse(AuthRefusal refusal) {
        return switch (refusal) {
            case NotAuthenticatedException e -> Response.fromResponse(ErrorResponses.of(401, e.getMessage()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"containment-chamber\"").build();
            case AccessDeniedException e -> ErrorResponses.of(403, e.getMessage());
        };
    }
}
