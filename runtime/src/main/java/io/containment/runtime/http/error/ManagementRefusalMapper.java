package io.containment.runtime.http.error;

import io.containment.runtime.auth.ManagementRefusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Policy and token management: 400 invalid request · 404 unknown policy or token · 409 name, token or revocation conflict. */
@Provider
public class ManagementRefusalMapper implements ExceptionMapper<ManagementRefusal> {
    @Override
    public Response toResponse(ManagementRefusal refusal) {
        int status = switch (refusal) {
            case ManagementRefusal.Invalid e -> 400;
            case ManagementRefusal.NotFound e -> 404;
            case ManagementRefusal.Conflict e -> 409;
        };
        return ErrorResponses.of(status, refusal.getMessage());
    }
}
