package io.containment.runtime.hardening;

import io.containment.api.hardening.HardeningMeasureFactory;
import io.containment.api.plugin.PluginContext;
import io.containment.runtime.config.Settings;
import io.containment.runtime.plugins.PluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Applies the hardening measures once, when the {@link HardeningReport} bean is created. The key
 * sources' producer takes the report as a parameter, and a {@code @Singleton} bean has no proxy:
 * CDI must create (so apply) it before it can create any key source, whatever else is injected.
 */
@ApplicationScoped
public class HardeningBeans {
    @Produces
    @Singleton
    HardeningReport hardening(PluginHost host, Settings settings, PluginContext context) {
        return HardeningMeasures.apply(host.factories(HardeningMeasureFactory.class), settings.hardening(),
                settings.baseDirectory(), context);
    }
}
