package io.containment.runtime.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces the {@link SignerStatus}: {@code unsealed} until the seal feature manages it. */
@ApplicationScoped
public class LifecycleBeans {
    @Produces
    @Singleton
    SignerStatus signerStatus() {
        return new SignerStatus(SignerState.UNSEALED);
    }
}
