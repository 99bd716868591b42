package io.containment.runtime.http.error;

import io.containment.runtime.seal.ChamberRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A chamber operation that cannot be done, by reason. */
@Provider
public class ChamberRefusedMapper implements ExceptionMapper<ChamberRefusedException> {
    @Override
    public Response toResponse(ChamberRefusedException exception) {
        int status = switch (exception.reason()) {
            case NOT_CONFIGURED -> 404;
            case BAD_TOKEN -> 401;
            case ALREADY_INITIALIZED, WRONG_STATE -> 409;
            case INVALID_REQUEST -> 400;
            case UNAVAILABLE -> 503;
        };
        return ErrorResponses.of(status, exception.getMessage());
    }
}
