package io.containment.runtime.reload;

import io.containment.runtime.keys.KeyRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Produces the {@link ReloadService}; its thread stops with the container. */
@ApplicationScoped
public class ReloadBeans {
    @Produces
    @Singleton
    ReloadService reloadService(KeyRegistry registry) {
        return new ReloadService(registry, Clock.systemUTC());
    }

    void close(@Disposes ReloadService service) {
        service.close();
    }
}
