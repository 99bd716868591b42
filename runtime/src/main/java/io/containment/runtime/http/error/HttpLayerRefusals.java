package io.containment.runtime.http.error;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import java.nio.charset.StandardCharsets;

/**
 * The answers Helidon's HTTP layer gives before any route sees the request (a request line over the
 * prologue limit: 414; a request line or header that is not HTTP, or headers over their limit:
 * 400 (431 in some versions); an HTTP version other than 1.x: 505), with the same JSON body as every other refusal:
 * {@code {"code": <status>, "message": "…"}}. Helidon's own answer is the message as text.
 *
 * <p>The message is ours, chosen by status: never an echo of the request (Helidon's messages may
 * quote the bytes that broke the parse). Status, headers and whether the connection stays open are
 * Helidon's.
 */
public final class HttpLayerRefusals implements DirectHandler {
    private HttpLayerRefusals() {
    }

    /** Every event type answered this way. */
    public static DirectHandlers directHandlers() {
        HttpLayerRefusals handler = new HttpLayerRefusals();
        DirectHandlers.Builder handlers = DirectHandlers.builder();
        for (EventType type : EventType.values()) {
            handlers.addHandler(type, handler);
        }
        return handlers.build();
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        headers.set(HeaderValues.CONTENT_TYPE_JSON);
        ErrorReply reply = new ErrorReply(status.code(), message(status));
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(reply.body().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    static String message(Status status) {
        return switch (status.code()) {
            case 400 -> "malformed HTTP request: a request line or header that is not HTTP/1.1, or headers over 16384 bytes";
            case 413 -> "request too large";
            case 414 -> "request line too long: the method, path and version may take at most 4096 bytes";
            case 431 -> "request headers too large: at most 16384 bytes";
            case 505 -> "HTTP version not supported: use HTTP/1.1";
            default -> status.reasonPhrase();
        };
    }
}
