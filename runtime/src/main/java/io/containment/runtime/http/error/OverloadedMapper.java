package io.containment.runtime.http.error;

import io.containment.runtime.backpressure.OverloadedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No signing slot (queue full, timed out while queued, shutting down): 503 with {@code Retry-After}. Status and body: {@link ErrorReplies}. */
@Provider
public class OverloadedMapper implements ExceptionMapper<OverloadedException> {
    @Override
    public Response toResponse(OverloadedException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
