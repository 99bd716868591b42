package io.containment.runtime.server;

import io.containment.runtime.config.Settings;
import io.containment.runtime.config.TlsSettings;
import io.containment.runtime.http.error.PlainSocketFallback;
import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * {@code server.tls.plain_loopback_port}: while the signing port speaks TLS, a second listener on
 * 127.0.0.1 answers {@code GET /upcheck} in plain HTTP for local liveness probes, and nothing else.
 */
@ApplicationScoped
public class PlainLoopbackSocket {
    /** The Helidon socket name of the plain listener. */
    static final String NAME = "plain-loopback";

    /** Runs before Helidon starts its listeners (which it does at a later priority of this event). */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event, Settings settings, BeanManager beans) {
        if (settings.tls() instanceof TlsSettings.FromFiles files && files.plainLoopbackPort().isPresent()) {
            beans.getExtension(ServerCdiExtension.class).serverNamedRoutingBuilder(NAME)
                    .get("/upcheck", (request, response) -> response.send("OK"))
                    .any(new PlainSocketFallback());
        }
    }
}
