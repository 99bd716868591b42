package io.containment.runtime.http.error;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the error body every failure answers with. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** {@code {"code": status, "message": message}} as application/json. */
    public static Response of(int status, String message) {
        String body = Json.createObjectBuilder().add("code", status).add("message", message).build().toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
