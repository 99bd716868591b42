package io.containment.runtime.server;

import io.helidon.common.config.Config;
import io.helidon.webserver.spi.ServerFeature;
import io.helidon.webserver.spi.ServerFeatureProvider;

/**
 * Keeps Helidon's per-request service scope off. Helidon MP adds its {@code RequestScopeFeature}
 * unless {@code server.features.request-scope} is configured: a filter that opens and closes a
 * service-registry scope around every request, for Helidon Declarative's per-request services,
 * which nothing here uses (CDI and JAX-RS keep their own request scope). In the profile that was
 * about 5 µs of CPU per signing request. Configuring the key needs a provider of that name on the
 * server's service loader (Helidon's own is in its service registry only); this one answers a
 * feature that does nothing. {@link SignerServer} sets the key.
 */
public final class NoRequestScope implements ServerFeatureProvider<ServerFeature> {
    /** The feature's configuration key under {@code server.features}. */
    static final String NAME = "request-scope";

    @Override
    public String configKey() {
        return NAME;
    }

    @Override
    public ServerFeature create(Config config, String name) {
        return new ServerFeature() {
            @Override
            public void setup(ServerFeatureContext featureContext) {
                // nothing: no scope per request
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String type() {
                return NAME;
            }
        };
    }
}
