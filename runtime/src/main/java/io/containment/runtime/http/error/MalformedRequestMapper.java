package io.containment.runtime.http.error;

import io.containment.runtime.http.wire.MalformedRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request that cannot be parsed: 400 naming the JSON path and the problem. Status and body: {@link ErrorReplies}. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<MalformedRequestException> {
    @Override
    public Response toResponse(MalformedRequestException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
