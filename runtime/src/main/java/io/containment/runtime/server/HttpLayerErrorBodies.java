package io.containment.runtime.server;

import io.containment.runtime.http.error.HttpLayerRefusals;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.WebServerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;

/**
 * Gives the signer's listener {@link HttpLayerRefusals}, so that what Helidon refuses before routing
 * (414, 431, 400, 505) carries the JSON error body too.
 *
 * <p>Helidon MP builds the server from a builder it keeps to itself: {@code ServerCdiExtension}
 * offers routings and features, but a listener's direct handlers only through its package-private
 * {@code serverBuilder()}, called here reflectively before the server is built (Helidon builds it at
 * a later priority of the same event). Should a Helidon upgrade remove it, the signer still starts,
 * with a warning, and those few refusals fall back to Helidon's text bodies; {@code BadInputHttpTest}
 * fails on such an upgrade.
 */
@ApplicationScoped
public class HttpLayerErrorBodies {
    private static final System.Logger LOG = System.getLogger(HttpLayerErrorBodies.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event, BeanManager beans) {
        ServerCdiExtension server = beans.getExtension(ServerCdiExtension.class);
        try {
            Method builder = ServerCdiExtension.class.getDeclaredMethod("serverBuilder");
            builder.setAccessible(true);
            ((WebServerConfig.Builder) builder.invoke(server)).directHandlers(HttpLayerRefusals.directHandlers());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "HTTP-layer refusals (414, 431, 400 before routing) keep Helidon's text bodies: "
                    + "cannot reach Helidon's server builder: " + e);
        }
    }
}
