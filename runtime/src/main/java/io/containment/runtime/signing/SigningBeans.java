package io.containment.runtime.signing;

import io.containment.api.slashing.SlashingStore;
import io.containment.runtime.audit.AuditLog;
import io.containment.runtime.config.Settings;
import io.containment.runtime.keys.KeyRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Produces the {@link SigningService}. */
@ApplicationScoped
public class SigningBeans {
    @Produces
    @Singleton
    SigningService signingService(KeyRegistry keys, SlashingStore store, Settings settings) {
        return new SigningService(keys, new SlashingGuard(store), settings.network(), new AuditLog(Clock.systemUTC()));
    }
}
