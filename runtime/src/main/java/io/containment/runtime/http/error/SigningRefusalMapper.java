package io.containment.runtime.http.error;

import io.containment.runtime.signing.SigningRefusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 mismatched signing root · 403 wrong network · 404 unknown key · 412 slashing refusal · 503 sealed. Status and body: {@link ErrorReplies}. */
@Provider
public class SigningRefusalMapper implements ExceptionMapper<SigningRefusal> {
    @Override
    public Response toResponse(SigningRefusal exception) {
        return ErrorResponses.of(ErrorReplies.of(exception));
    }
}
