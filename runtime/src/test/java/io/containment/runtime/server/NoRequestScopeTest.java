package io.containment.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.runtime.config.ConfigLoader;
import io.containment.runtime.config.Settings;
import io.containment.runtime.config.SettingsParser;
import io.helidon.common.config.Config;
import io.helidon.webserver.spi.ServerFeature;
import io.helidon.webserver.spi.ServerFeatureProvider;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Helidon's per-request service scope stays off: the signer configures the feature and the server
 * finds our provider for it, whose feature adds nothing (no filter, so no scope per request).
 */
class NoRequestScopeTest {
    @TempDir
    Path dir;

    @Test
    void theSignerConfiguresTheFeatureOff() throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, """
                server: { listen_address: 127.0.0.1, listen_port: 0 }
                data_dir: %s
                network: mainnet
                anti_slashing: { backend: memory }
                auth: { backend: memory }
                """.formatted(dir.resolve("data")));
        Settings settings = SettingsParser.parse(ConfigLoader.load(Optional.of(file), Map.of(), Map.of()), Optional.of(file), dir);

        Map<String, String> values = SignerServer.helidonValues(settings, Optional.of(file), Map.of(), dir);

        assertThat(values).containsEntry("server.features.request-scope.enabled", "false");
    }

    @Test
    void theServersServiceLoaderFindsOurProviderForTheKey() {
        List<ServerFeatureProvider> forKey = ServiceLoader.load(ServerFeatureProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.configKey().equals("request-scope"))
                .toList();

        assertThat(forKey).singleElement().isInstanceOf(NoRequestScope.class);
    }

    @Test
    void itsFeatureTouchesNeitherRoutingNorListeners() {
        ServerFeature feature = new NoRequestScope().create(Config.empty(), "request-scope");
        ServerFeature.ServerFeatureContext failing = (ServerFeature.ServerFeatureContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ServerFeature.ServerFeatureContext.class},
                (proxy, method, args) -> {
                    throw new AssertionError("the feature called " + method.getName());
                });

        feature.setup(failing);

        assertThat(feature.name()).isEqualTo("request-scope");
        assertThat(feature.type()).isEqualTo("request-scope");
    }
}
