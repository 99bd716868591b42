package io.containment.runtime.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/** A bug: 500 with a generic message; the stack trace goes to the log only. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        LOG.log(Level.ERROR, "unexpected failure while serving a request; no signature was produced", exception);
        return ErrorResponses.of(500, "internal error (logged); no signature was produced");
    }
}
