package io.containment.runtime.http.error;

import io.containment.runtime.keymanager.KeyManagerRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Key Manager request that is malformed or inconsistent (mismatched list lengths, a bad keystore or password, a bad interchange): 400, nothing written. Status and body: {@link ErrorReplies}. */
@Provider
public class KeyManagerRequestMapper implements ExceptionMapper<KeyManagerRequestException> {
    @Override
    public Response toResponse(KeyManagerRequestException exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
