package io.containment.plugins.hardening.linux;

import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningMeasureFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.util.List;
import org.pf4j.Extension;

/** {@code mlockall}: always on. */
@Extension(ordinal = 2)
public final class MemoryLockFactory implements HardeningMeasureFactory {
    @Override
    public String name() {
        return "mlockall";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of();
    }

    @Override
    public HardeningMeasure create(PluginConfig config, PluginContext context) {
        return new MemoryLock(HostPlatform.current());
    }
}
