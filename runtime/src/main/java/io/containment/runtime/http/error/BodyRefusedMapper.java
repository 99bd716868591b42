package io.containment.runtime.http.error;

import io.containment.runtime.http.wire.BodyRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 body too large · 415 body not declared as JSON · 400 body framing broken. Status and body: {@link ErrorReplies}. */
@Provider
public class BodyRefusedMapper implements ExceptionMapper<BodyRefusedException> {
    @Override
    public Response toResponse(BodyRefusedException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
