package io.containment.runtime.keymanager;

import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.config.Settings;
import io.containment.runtime.keys.KeyRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces the {@link KeyManagerService}. */
@ApplicationScoped
public class KeyManagerBeans {
    @Produces
    @Singleton
    KeyManagerService keyManagerService(KeyRegistry registry, SlashingStore store, Settings settings) {
        return new KeyManagerService(registry, store, settings);
    }
}
