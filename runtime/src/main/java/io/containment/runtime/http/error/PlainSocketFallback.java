package io.containment.runtime.http.error;

import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Everything but {@code /upcheck} on the plain loopback socket: 404 in our JSON error shape. */
public final class PlainSocketFallback implements Handler {
    private static final String BODY = new ErrorReply(404,
            "only GET /upcheck is served on the plain loopback port; use the TLS port").body();

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        response.status(Status.NOT_FOUND_404).header(HeaderValues.CONTENT_TYPE_JSON).send(BODY);
    }
}
