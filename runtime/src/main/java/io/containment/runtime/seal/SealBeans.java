package io.containment.runtime.seal;

import io.containment.api.plugin.PluginContext;
import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperFactory;
import io.containment.api.seal.SignerStateStore;
import io.containment.api.seal.SignerStateStoreFactory;
import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.ConfiguredFactories;
import io.containment.runtime.plugins.PluginHost;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;

/** Produces the {@link Chamber} from {@code signer_state}: its store and share wrapper come from plugins. */
@ApplicationScoped
public class SealBeans {

    @Produces
    @Singleton
    Chamber chamber(Settings settings, PluginHost host, PluginContext context, MeterRegistry metrics) {
        Chamber chamber = create(settings, host, context);
        SealMetrics.register(metrics, chamber);
        return chamber;
    }

    void closeChamber(@Disposes Chamber chamber) {
        chamber.close();
    }

    /** The chamber for these settings, started (setup token printed, or unsealed through KMS). */
    public static Chamber create(Settings settings, PluginHost host, PluginContext context) {
        Settings.SignerState config = settings.signerState();
        if (!config.configured()) {
            return Chamber.disabled();
        }
        SignerStateStore store = openStore(settings, host, context);
        ShareWrapperFactory wrapperFactory = ConfiguredFactories.select(host.factories(ShareWrapperFactory.class),
                config.wrapper(), "signer_state.share_wrapper.type", "share wrapper");
        ShareWrapper wrapper;
        try {
            wrapper = wrapperFactory.create(ConfiguredFactories.configFor(wrapperFactory, "signer_state.share_wrapper",
                    config.wrapperOptions(), settings.baseDirectory()), context);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Chamber chamber = new Chamber(store, wrapper, config.mode(), context.clock(), new SecureRandom(),
                SealBeans::printSetupToken, Duration.ofMinutes(config.unsealTimeoutMinutes()));
        try {
            chamber.start();
        } catch (RuntimeException e) {
            chamber.close();
            throw e;
        }
        chamber.tickEvery(Duration.ofSeconds(config.refreshIntervalSeconds()));
        return chamber;
    }

    /** The configured {@code signer_state} store (the caller closes it). */
    public static SignerStateStore openStore(Settings settings, PluginHost host, PluginContext context) {
        Settings.SignerState config = settings.signerState();
        SignerStateStoreFactory storeFactory = ConfiguredFactories.select(host.factories(SignerStateStoreFactory.class),
                config.backend(), "signer_state.backend", "signer state store");
        return storeFactory.create(ConfiguredFactories.configFor(storeFactory, "signer_state", config.options(),
                settings.baseDirectory()), context);
    }

    /** Shown once, at the first start, on standard output (not the log): the only place the setup token ever appears. */
    private static void printSetupToken(String token) {
        System.out.println("containment-chamber setup token (shown once, valid until init): " + token);
        System.out.flush();
    }
}
