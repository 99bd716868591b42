package io.containment.runtime.http.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path 404, wrong method 405, unsupported media type 415…) in our JSON shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String reason = exception.getResponse().getStatusInfo().getReasonPhrase();
        return ErrorResponses.of(status, reason == null || reason.isBlank() ? "request refused" : reason);
    }
}
