package io.containment.runtime.signing;

import io.containment.runtime.audit.AuditLog;
import io.containment.runtime.backpressure.SigningLimiter;
import io.containment.runtime.config.Settings;
import io.containment.runtime.metrics.SigningMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;

/** Produces the {@link SigningGateway} in front of the {@link SigningService}. */
@ApplicationScoped
public class SigningGatewayBeans {
    @Produces
    @Singleton
    SigningGateway signingGateway(SigningService signing, SigningLimiter limiter, SigningMetrics metrics, Settings settings) {
        return new SigningGateway(signing, limiter, metrics, new AuditLog(Clock.systemUTC()),
                Set.copyOf(settings.canaryKeys()));
    }
}
