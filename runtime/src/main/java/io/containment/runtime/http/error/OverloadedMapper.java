package io.containment.runtime.http.error;

import io.containment.runtime.backpressure.OverloadedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No signing slot (queue full, timed out while queued, shutting down): 503 with {@code Retry-After}. */
@Provider
public class OverloadedMapper implements ExceptionMapper<OverloadedException> {
    /** Seconds a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 1;

    @Override
    public Response toResponse(OverloadedException exception) {
        return Response.fromResponse(ErrorResponses.of(503, exception.getMessage()))
                .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).build();
    }
}
