package io.containment.runtime.http.error;

import io.containment.runtime.keymanager.RequestTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Key Manager request above its limits (items per request, body size): 413. Status and body: {@link ErrorReplies}. */
@Provider
public class RequestTooLargeMapper implements ExceptionMapper<RequestTooLargeException> {
    @Override
    public Response toResponse(RequestTooLargeException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
