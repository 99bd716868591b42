package io.containment.runtime.http.error;

import io.containment.runtime.keymanager.TooManyWritesException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Too many Key Manager imports/deletes at once: 429, try again later. Status and body: {@link ErrorReplies}. */
@Provider
public class TooManyWritesMapper implements ExceptionMapper<TooManyWritesException> {
    @Override
    public Response toResponse(TooManyWritesException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
