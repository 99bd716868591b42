package io.containment.runtime.http.error;

import io.containment.runtime.auth.AuthRefusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 401 no usable token (with a {@code WWW-Authenticate} challenge) · 403 the token's policies do not allow it. Status and body: {@link ErrorReplies}. */
@Provider
public class AuthRefusalMapper implements ExceptionMapper<AuthRefusal> {
    @Override
    public Response toResponse(AuthRefusal exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
