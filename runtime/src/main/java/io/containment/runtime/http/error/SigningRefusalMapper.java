package io.containment.runtime.http.error;

import io.containment.runtime.signing.SealedKeyException;
import io.containment.runtime.signing.SigningRefusal;
import io.containment.runtime.signing.SigningRootMismatchException;
import io.containment.runtime.signing.SlashingRefusedException;
import io.containment.runtime.signing.UnknownKeyException;
import io.containment.runtime.signing.WrongNetworkException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 mismatched signing root · 403 wrong network · 404 unknown key · 412 slashing refusal · 503 sealed. */
@Provider
public class SigningRefusalMapper implements ExceptionMapper<SigningRefusal> {
    @Override
    public Response toResponse(SigningRefusal refusal) {
        int status = switch (refusal) {
            case SigningRootMismatchException e -> 400;
            case WrongNetworkException e -> 403;
            case UnknownKeyException e -> 404;
            case SlashingRefusedException e -> 412;
            case SealedKeyException e -> 503;
        };
        return ErrorResponses.of(status, refusal.getMessage());
    }
}
