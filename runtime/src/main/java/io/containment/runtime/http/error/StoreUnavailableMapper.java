package io.containment.runtime.http.error;

import io.containment.api.slashing.StoreUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The slashing store cannot decide: 503, fail closed, no signature (logged). Status and body: {@link ErrorReplies}. */
@Provider
public class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailableException> {
    @Override
    public Response toResponse(StoreUnavailableException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
