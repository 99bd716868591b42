package io.containment.runtime.plugins;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthBackendFactory;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginMetrics;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import io.containment.runtime.bls.BlstSecretKeys;
import io.containment.runtime.config.DataDirectory;
import io.containment.runtime.config.Settings;
import io.containment.runtime.hardening.FileExposure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates the configured plugin instances; shared by the CDI producers and the CLI tools. */
public final class PluginInstances {
    private PluginInstances() {
    }

    /** The context every factory receives (creates the data directory 0700); metrics go nowhere (CLI tools). */
    public static PluginContext context(Settings settings) {
        return context(settings, PluginMetrics.none());
    }

    /** The context every factory receives, publishing plugin metrics to {@code metrics}. */
    public static PluginContext context(Settings settings, PluginMetrics metrics) {
        return new RuntimePluginContext(Clock.systemUTC(), DataDirectory.prepare(settings.dataDir()),
                settings.network().genesisValidatorsRoot(), new BlstSecretKeys(), metrics);
    }

    /** The store named by {@code anti_slashing.backend}. */
    public static SlashingStore slashingStore(PluginHost host, Settings settings, PluginContext context) {
        Settings.AntiSlashing config = settings.antiSlashing();
        SlashingStoreFactory factory = ConfiguredFactories.select(host.factories(SlashingStoreFactory.class),
                config.backend(), "anti_slashing.backend", "slashing store");
        return factory.create(ConfiguredFactories.configFor(factory, "anti_slashing", config.options(),
                settings.baseDirectory()), context);
    }

    /** The auth backend named by {@code auth.backend}. */
    public static AuthBackend authBackend(PluginHost host, Settings settings, PluginContext context) {
        Settings.Auth config = settings.auth();
        AuthBackendFactory factory = ConfiguredFactories.select(host.factories(AuthBackendFactory.class),
                config.backend(), "auth.backend", "auth backend");
        return factory.create(ConfiguredFactories.configFor(factory, "auth", config.options(), settings.baseDirectory()), context);
    }

    /** One source per {@code key_sources.<name>} section, in configuration order. */
    public static KeySources keySources(PluginHost host, Settings settings, PluginContext context) {
        Map<String, KeySourceFactory> factories = host.factories(KeySourceFactory.class);
        List<KeySources.Named> sources = new ArrayList<>();
        try {
            settings.keySources().forEach((name, values) -> {
                KeySourceFactory factory = ConfiguredFactories.select(factories, name, "key_sources." + name, "key source");
                PluginConfig config = ConfiguredFactories.configFor(factory, "key_sources." + name, values,
                        settings.baseDirectory());
                FileExposure.checkKeySource(config, factory.configProperties());
                sources.add(new KeySources.Named(name, factory.create(config, context)));
            });
        } catch (RuntimeException e) {
            new KeySources(sources).close();
            throw e;
        }
        return new KeySources(sources);
    }
}
