package io.containment.runtime.http.error;

import io.containment.runtime.keymanager.KeySourceUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Key Manager import or delete whose key source is sealed or unavailable: 503, nothing changed. */
@Provider
public class KeySourceUnavailableMapper implements ExceptionMapper<KeySourceUnavailableException> {
    @Override
    public Response toResponse(KeySourceUnavailableException exception) {
        return ErrorResponses.of(503, exception.getMessage());
    }
}
