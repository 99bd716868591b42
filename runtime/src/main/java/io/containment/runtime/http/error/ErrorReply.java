package io.containment.runtime.http.error;

import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * A refusal as the client sees it: a status, the body {@code {"code": status, "message": "…"}}
 * (application/json) and any extra headers ({@code WWW-Authenticate}, {@code Retry-After}). Built
 * by {@link ErrorReplies}; written by the JAX-RS mappers ({@link ErrorResponses}) and by the
 * Helidon signing route alike, so both answer byte for byte the same.
 */
public record ErrorReply(int status, String message, Map<String, String> headers) {
    /** Looked up once: {@code Json.createObjectBuilder()} runs the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public ErrorReply {
        headers = Map.copyOf(headers);
    }

    /** A reply without extra headers. */
    public ErrorReply(int status, String message) {
        this(status, message, Map.of());
    }

    /** The JSON body. */
    public String body() {
        return JSON.createObjectBuilder().add("code", status).add("message", message).build().toString();
    }
}
