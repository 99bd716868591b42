package io.containment.runtime.backpressure;

import io.containment.runtime.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Produces the {@link SigningLimiter} from {@code backpressure.*}. */
@ApplicationScoped
public class BackpressureBeans {
    @Produces
    @Singleton
    SigningLimiter signingLimiter(Settings settings) {
        Settings.Backpressure config = settings.backpressure();
        return new SigningLimiter(config.maxConcurrentSigning(), config.queue(),
                Duration.ofSeconds(config.requestTimeoutSeconds()));
    }
}
