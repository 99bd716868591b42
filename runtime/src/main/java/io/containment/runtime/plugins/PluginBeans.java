package io.containment.runtime.plugins;

import io.containment.api.auth.AuthBackend;
import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginMetrics;
import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.config.Settings;
import io.containment.runtime.hardening.HardeningReport;
import io.containment.runtime.metrics.TimedSlashingStore;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** CDI producers turning the configured factories into beans (see {@link PluginInstances}). */
@ApplicationScoped
public class PluginBeans {

    @Produces
    @Singleton
    PluginHost pluginHost(Settings settings) {
        return PluginHost.start(settings.pluginsDirectory());
    }

    void closePluginHost(@Disposes PluginHost host) {
        host.close();
    }

    @Produces
    @Singleton
    PluginContext pluginContext(Settings settings, PluginMetrics metrics) {
        return PluginInstances.context(settings, metrics);
    }

    /** The configured store, its checks timed in {@code containment_slashing_store_duration_seconds}. */
    @Produces
    @Singleton
    SlashingStore slashingStore(PluginHost host, Settings settings, PluginContext context, MeterRegistry registry) {
        return new TimedSlashingStore(PluginInstances.slashingStore(host, settings, context), registry);
    }

    void closeSlashingStore(@Disposes SlashingStore store) {
        store.close();
    }

    /**
     * {@code hardening} is there for order: the hardening measures are applied before any key
     * source is created (see {@link io.containment.runtime.hardening.HardeningBeans}).
     */
    @Produces
    @Singleton
    AuthBackend authBackend(PluginHost host, Settings settings, PluginContext context) {
        return PluginInstances.authBackend(host, settings, context);
    }

    void closeAuthBackend(@Disposes AuthBackend backend) {
        backend.close();
    }

    @Produces
    @Singleton
    KeySources keySources(PluginHost host, Settings settings, PluginContext context, HardeningReport hardening) {
        return PluginInstances.keySources(host, settings, context);
    }

    void closeKeySources(@Disposes KeySources sources) {
        sources.close();
    }
}
