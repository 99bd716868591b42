package io.containment.runtime.keys;

import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.KeySources;
import io.containment.runtime.seal.Chamber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Produces the {@link KeyRegistry}, loaded once at creation, and the {@link KeyRefresh} of the
 * sources that ask for one: started with the container, stopped before any bean (the key sources
 * among them) is destroyed.
 */
@ApplicationScoped
public class KeyBeans {
    @Produces
    @Singleton
    KeyRegistry keyRegistry(KeySources sources, KeyLoadListener listener, Chamber chamber, Settings settings) {
        KeyRegistry registry = new KeyRegistry(sources, listener, ImportTarget.select(sources, settings.keyManagerImportTo()));
        registry.load();
        chamber.addListener(registry.sealListener());
        if (settings.signerState().configured() && settings.signerState().sealAllKeys()) {
            registry.sealEveryKeyWith(chamber);
        }
        return registry;
    }

    @Produces
    @Singleton
    KeyRefresh keyRefresh(KeyRegistry registry, KeySources sources) {
        return KeyRefresh.start(registry, sources);
    }

    void startRefresh(@Observes @Initialized(ApplicationScoped.class) Object event, KeyRefresh refresh) {
        // injecting it creates it: the refresh starts with the container
    }

    void stopRefresh(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event, KeyRefresh refresh) {
        refresh.close();
    }
}
