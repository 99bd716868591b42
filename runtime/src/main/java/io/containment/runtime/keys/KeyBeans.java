package io.containment.runtime.keys;

import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.KeySources;
import io.containment.runtime.seal.Chamber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces the {@link KeyRegistry}, loaded once at creation. */
@ApplicationScoped
public class KeyBeans {
    @Produces
    @Singleton
    KeyRegistry keyRegistry(KeySources sources, KeyLoadListener listener, Chamber chamber, Settings settings) {
        KeyRegistry registry = new KeyRegistry(sources, listener);
        registry.load();
        chamber.addListener(registry.sealListener());
        if (settings.signerState().configured() && settings.signerState().sealAllKeys()) {
            registry.sealEveryKeyWith(chamber);
        }
        return registry;
    }
}
