package io.containment.runtime.keys;

import io.containment.runtime.plugins.KeySources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces the {@link KeyRegistry}, loaded once at creation. */
@ApplicationScoped
public class KeyBeans {
    @Produces
    @Singleton
    KeyRegistry keyRegistry(KeySources sources, KeyLoadListener listener) {
        KeyRegistry registry = new KeyRegistry(sources, listener);
        registry.load();
        return registry;
    }
}
