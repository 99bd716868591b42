package io.containment.runtime.http.error;

import io.helidon.common.buffers.DataReader;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The connection ended before the body reached its declared Content-Length: 400, not a server fault. */
@Provider
public class TruncatedBodyMapper implements ExceptionMapper<DataReader.InsufficientDataAvailableException> {
    @Override
    public Response toResponse(DataReader.InsufficientDataAvailableException exception) {
        return ErrorResponses.of(400, "request body ended before its declared Content-Length");
    }
}
