package io.containment.runtime.http.error;

import io.containment.api.auth.AuthBackendUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/** The auth backend cannot answer a management call: 503 (request checks go on from the cached state). */
@Provider
public class AuthBackendUnavailableMapper implements ExceptionMapper<AuthBackendUnavailableException> {
    private static final System.Logger LOG = System.getLogger(AuthBackendUnavailableMapper.class.getName());

    @Override
    public Response toResponse(AuthBackendUnavailableException exception) {
        LOG.log(Level.WARNING, "auth backend unavailable: {0}", exception.getMessage());
        return ErrorResponses.of(503, "auth backend unavailable: " + exception.getMessage());
    }
}
