package io.containment.runtime.server;

import io.containment.runtime.config.Settings;
import io.containment.runtime.config.SettingsProducer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.microprofile.server.Server;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Helidon MP with only what Helidon needs (host, port) plus the pointers the CDI
 * {@link SettingsProducer} uses to read the very same configuration. Our YAML is never handed to
 * Helidon itself, so our {@code server.*} keys cannot be mistaken for Helidon's.
 */
public final class SignerServer {
    private SignerServer() {
    }

    /** Starts the server; configuration and plugin problems surface as exceptions (exit 2). */
    public static Server start(Settings settings, Optional<Path> configFile, Map<String, String> overrides, Path home) {
        Map<String, String> values = new HashMap<>();
        values.put("server.host", settings.server().listenAddress());
        values.put("server.port", Integer.toString(settings.server().listenPort()));
        values.put("server.shutdown-grace-period", "PT25S");
        values.putAll(ListenerConfig.helidon(settings.tls()));
        values.put(SettingsProducer.HOME, home.toString());
        configFile.ifPresent(file -> values.put(SettingsProducer.CONFIG_FILE, file.toAbsolutePath().toString()));
        overrides.forEach((key, value) -> values.put(SettingsProducer.OVERRIDE_PREFIX + key, value));
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(values))
                .build();
        return Server.builder().config(config).build().start();
    }
}
