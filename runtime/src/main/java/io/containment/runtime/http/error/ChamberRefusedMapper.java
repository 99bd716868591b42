package io.containment.runtime.http.error;

import io.containment.runtime.seal.ChamberRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A chamber operation that cannot be done, by reason. Status and body: {@link ErrorReplies}. */
@Provider
public class ChamberRefusedMapper implements ExceptionMapper<ChamberRefusedException> {
    @Override
    public Response toResponse(ChamberRefusedException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
