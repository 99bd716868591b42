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
    KeyRegistry keyRegistry(KeySources sources) {
        KeyRegistry registry = new KeyRegistry(sources);
        registry.load();
        return registry;
    }
}
