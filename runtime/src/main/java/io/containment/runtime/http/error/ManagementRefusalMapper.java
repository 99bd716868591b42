package io.containment.runtime.http.error;

import io.containment.runtime.auth.ManagementRefusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Policy and token management: 400 invalid request · 404 unknown policy or token · 409 name, token or revocation conflict. Status and body: {@link ErrorReplies}. */
@Provider
public class ManagementRefusalMapper implements ExceptionMapper<ManagementRefusal> {
    @Override
    public Response toResponse(ManagementRefusal exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
