package io.containment.runtime.http.error;

import io.containment.runtime.keymanager.KeyManagerDisabledException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The Key Manager API is disabled: its routes answer 404. Status and body: {@link ErrorReplies}. */
@Provider
public class KeyManagerDisabledMapper implements ExceptionMapper<KeyManagerDisabledException> {
    @Override
    public Response toResponse(KeyManagerDisabledException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
