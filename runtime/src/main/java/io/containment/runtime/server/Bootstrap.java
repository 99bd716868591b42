package io.containment.runtime.server;

import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.config.Settings;
import io.containment.runtime.hardening.FileExposure;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.seal.Chamber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.System.Logger.Level;

/**
 * Runs at container start, before the server accepts requests: creates the plugin beans (so a
 * plugin or configuration problem stops startup), loads keys, and states the security posture.
 */
@ApplicationScoped
public class Bootstrap {
    private static final System.Logger LOG = System.getLogger(Bootstrap.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event, Settings settings, KeyRegistry keys,
                 SlashingStore slashingStore, Chamber chamber) {
        settings.configFile().ifPresent(FileExposure::checkConfigFile);
        FileExposure.checkDataDirectory(settings.dataDir());
        var health = slashingStore.health();
        LOG.log(health.available() ? Level.INFO : Level.WARNING, "slashing protection ({0}): {1}",
                settings.antiSlashing().backend(), health.detail());
        LOG.log(Level.WARNING, "no authentication is configured: every client that reaches {0}:{1} can request "
                + "signatures; bind to a private interface and firewall the port",
                settings.server().listenAddress(), String.valueOf(settings.server().listenPort()));
        LOG.log(Level.INFO, "seal state: {0}", chamber.state().wireName());
        LOG.log(Level.INFO, "signing for network {0} with {1} keys", settings.network().name(), keys.size());
    }
}
