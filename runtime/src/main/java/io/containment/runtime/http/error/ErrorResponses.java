package io.containment.runtime.http.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An {@link ErrorReply} as a JAX-RS response. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** {@code {"code": status, "message": message}} as application/json. */
    public static Response of(int status, String message) {
        return of(new ErrorReply(status, message));
    }

    /** The reply's status, JSON body and headers. */
    public static Response of(ErrorReply reply) {
        Response.ResponseBuilder response = Response.status(reply.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(reply.body());
        reply.headers().forEach(response::header);
        return response.build();
    }
}
