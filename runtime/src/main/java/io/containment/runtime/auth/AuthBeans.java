package io.containment.runtime.auth;

import io.containment.api.auth.AuthBackend;
import io.containment.runtime.audit.AuditLog;
import io.containment.runtime.config.Settings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** CDI producers of the auth components; the cache starts refreshing when created. */
@ApplicationScoped
public class AuthBeans {

    @Produces
    @Singleton
    TokenHasher tokenHasher(Settings settings) {
        return new TokenHasher(HashKey.loadOrCreate(settings.auth().hashKeyFile()));
    }

    @Produces
    @Singleton
    AuthCache authCache(AuthBackend backend, Settings settings) {
        AuthCache cache = new AuthCache(backend, settings.auth().required(), Clock.systemUTC());
        cache.start(settings.auth().refreshIntervalSeconds());
        return cache;
    }

    void closeAuthCache(@Disposes AuthCache cache) {
        cache.close();
    }

    @Produces
    @Singleton
    AccessControl accessControl(AuthCache cache, TokenHasher hasher, MeterRegistry registry) {
        return new AccessControl(cache, hasher, new AuditLog(Clock.systemUTC()), new AuthMetrics(registry), Clock.systemUTC());
    }

    @Produces
    @Singleton
    AuthAdministration authAdministration(AuthBackend backend, TokenHasher hasher, AuthCache cache) {
        return new AuthAdministration(backend, hasher, new AuditLog(Clock.systemUTC()), Clock.systemUTC(), new SecureRandom(),
                cache::refresh);
    }
}
