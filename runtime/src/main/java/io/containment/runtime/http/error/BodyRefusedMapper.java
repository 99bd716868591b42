package io.containment.runtime.http.error;

import io.containment.runtime.http.wire.BodyRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 body too large · 415 body not declared as JSON · 400 body framing broken. */
@Provider
public class BodyRefusedMapper implements ExceptionMapper<BodyRefusedException> {
    @Override
    public Response toResponse(BodyRefusedException exception) {
        int status = switch (exception.reason()) {
            case TOO_LARGE -> 413;
            case NOT_JSON -> 415;
            case BROKEN_FRAMING -> 400;
        };
        return ErrorResponses.of(status, exception.getMessage());
    }
}
