package io.containment.runtime.http.error;

import io.containment.api.auth.AuthBackendUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The auth backend cannot answer a management call: 503 (request checks go on from the cached state). Status and body: {@link ErrorReplies}. */
@Provider
public class AuthBackendUnavailableMapper implements ExceptionMapper<AuthBackendUnavailableException> {
    @Override
    public Response toResponse(AuthBackendUnavailableException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
