package io.containment.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.runtime.backpressure.SigningLimiter;
import io.containment.runtime.config.ConfigException;
import io.containment.runtime.config.ConfigLoader;
import io.containment.runtime.config.Settings;
import io.containment.runtime.config.SettingsParser;
import io.containment.runtime.lifecycle.SignerState;
import io.containment.runtime.lifecycle.SignerStatus;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MetricsServer server = new MetricsServer();

    private static Settings metricsOn(int port) {
        return SettingsParser.parse(ConfigLoader.load(Optional.empty(),
                Map.of("metrics.listen_address", "127.0.0.1", "metrics.listen_port", Integer.toString(port)), Map.of()),
                Optional.empty(), Path.of("."));
    }

    private void start(Settings settings) {
        server.start(null, settings, registry, new SignerStatus(SignerState.SEALED),
                new SigningLimiter(3, 1, Duration.ofSeconds(1)));
    }

    @Test
    void servesThePrometheusRegistryUntilStopped() throws Exception {
        start(metricsOn(0));
        try {
            Scrape scrape = Scrape.of(server.port());
            assertThat(scrape.value("containment_signer_state", Map.of("state", "sealed"))).isEqualTo(1);
            assertThat(scrape.value("containment_signer_state", Map.of("state", "unsealed"))).isZero();
            assertThat(scrape.value("containment_signing_capacity", Map.of())).isEqualTo(3);
        } finally {
            server.stop(null);
        }
        assertThat(server.port()).isEqualTo(-1);
    }

    @Test
    void aPortThatCannotBeBoundStopsStartupNamingTheKey() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> start(metricsOn(taken.getLocalPort())))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("metrics.listen_port")
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
        }
        assertThat(server.port()).isEqualTo(-1);
    }
}
