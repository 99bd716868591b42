package io.containment.runtime.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A bug: 500 with a generic message; the stack trace goes to the log only ({@link ErrorReplies#unexpected}). */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
        return ErrorResponses.of(ErrorReplies.unexpected(exception));
    }
}
