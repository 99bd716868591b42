package io.containment.runtime.server;

import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.auth.AuthCache;
import io.containment.runtime.auth.AuthState;
import io.containment.runtime.config.ConfigException;
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
                 SlashingStore slashingStore, AuthCache auth, Chamber chamber) {
        settings.configFile().ifPresent(FileExposure::checkConfigFile);
        FileExposure.checkDataDirectory(settings.dataDir());
        var health = slashingStore.health();
        LOG.log(health.available() ? Level.INFO : Level.WARNING, "slashing protection ({0}): {1}",
                settings.antiSlashing().backend(), health.detail());
        statePosture(settings, auth.current());
        LOG.log(Level.INFO, "seal state: {0}", chamber.state().wireName());
        LOG.log(Level.INFO, "signing for network {0} with {1} keys", settings.network().name(), keys.size());
    }

    /** Refuses to start open when {@code auth.required}; otherwise says loudly that it is open. */
    static void statePosture(Settings settings, AuthState auth) {
        if (auth.policies() == 0 && settings.auth().required()) {
            throw new ConfigException("auth.required", "true but no policy exists in the auth backend ("
                    + settings.auth().backend() + "); create policies first (see docs/operations.md) or set auth.required: false");
        }
        if (auth.open()) {
            LOG.log(Level.WARNING, "OPEN MODE: no auth policy is defined, so every client that reaches {0}:{1} can request "
                    + "signatures without a token; create policies and tokens (docs/operations.md), bind to a private "
                    + "interface and firewall the port", settings.server().listenAddress(), String.valueOf(settings.server().listenPort()));
        } else {
            LOG.log(Level.INFO, "auth ({0}): {1} policies, {2} tokens; every request but /upcheck needs a token",
                    settings.auth().backend(), auth.policies(), auth.callers().size());
        }
    }
}
