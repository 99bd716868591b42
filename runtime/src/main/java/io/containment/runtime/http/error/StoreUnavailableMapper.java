package io.containment.runtime.http.error;

import io.containment.api.slashing.StoreUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/** The slashing store cannot decide: 503, fail closed, no signature. */
@Provider
public class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailableException> {
    private static final System.Logger LOG = System.getLogger(StoreUnavailableMapper.class.getName());

    @Override
    public Response toResponse(StoreUnavailableException exception) {
        LOG.log(Level.WARNING, "slashing protection store unavailable, refusing to sign: {0}", exception.getMessage());
        return ErrorResponses.of(503, "slashing protection store unavailable: " + exception.getMessage());
    }
}
