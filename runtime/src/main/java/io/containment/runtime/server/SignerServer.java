package io.containment.runtime.server;

import io.containment.runtime.config.Settings;
import io.containment.runtime.config.SettingsProducer;
import io.helidon.common.mapper.MapperManager;
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
    /** Configuring Helidon's per-request service scope keeps it off ({@link NoRequestScope}). */
    static final String REQUEST_SCOPE_ENABLED = "server.features." + NoRequestScope.NAME + ".enabled";

    private SignerServer() {
    }

    /** Starts the server; configuration and plugin problems surface as exceptions (exit 2). */
    public static Server start(Settings settings, Optional<Path> configFile, Map<String, String> overrides, Path home) {
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(helidonValues(settings, configFile, overrides, home)))
                .build();
        // Helidon 4.4 looks the mapper manager up in its service registry (building a new MappersConfig)
        // on every header access (twice per request: 16% of the signer's Java CPU in the profile)
        // unless one was set; set it once, before anything used it
        MapperManager.global(MapperManager.create());
        return Server.builder().config(config).build().start();
    }

    /** The configuration Helidon is started with. */
    static Map<String, String> helidonValues(Settings settings, Optional<Path> configFile, Map<String, String> overrides, Path home) {
        Map<String, String> values = new HashMap<>();
        values.put("server.host", settings.server().listenAddress());
        values.put("server.port", Integer.toString(settings.server().listenPort()));
        values.put("server.shutdown-grace-period", "PT25S");
        // Helidon MP adds its per-request service scope unless this is configured (see NoRequestScope)
        values.put(REQUEST_SCOPE_ENABLED, "false");
        values.putAll(ListenerConfig.helidon(settings.tls()));
        values.put(SettingsProducer.HOME, home.toString());
        configFile.ifPresent(file -> values.put(SettingsProducer.CONFIG_FILE, file.toAbsolutePath().toString()));
        overrides.forEach((key, value) -> values.put(SettingsProducer.OVERRIDE_PREFIX + key, value));
        return values;
    }
}
