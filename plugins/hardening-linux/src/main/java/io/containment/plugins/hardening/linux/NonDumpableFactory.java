package io.containment.plugins.hardening.linux;

import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningMeasureFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.util.List;
import org.pf4j.Extension;

/** {@code non-dumpable}: always on. Ordinal 1: applied before the seccomp filter refuses {@code PR_SET_DUMPABLE}. */
@Extension(ordinal = 1)
public final class NonDumpableFactory implements HardeningMeasureFactory {
    @Override
    public String name() {
        return "non-dumpable";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of();
    }

    @Override
    public HardeningMeasure create(PluginConfig config, PluginContext context) {
        return new NonDumpable(HostPlatform.current());
    }
}
