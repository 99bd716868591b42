package io.containment.runtime.http.error;

import io.containment.runtime.reload.ReloadInProgressException;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A reload while one runs: 409 with our {@code code}/{@code message} and Web3Signer's {@code status: error}. */
@Provider
public class ReloadInProgressMapper implements ExceptionMapper<ReloadInProgressException> {
    @Override
    public Response toResponse(ReloadInProgressException exception) {
        String body = Json.createObjectBuilder().add("code", 409).add("status", "error")
                .add("message", exception.getMessage()).build().toString();
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
