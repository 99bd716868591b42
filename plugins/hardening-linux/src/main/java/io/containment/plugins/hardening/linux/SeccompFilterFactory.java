package io.containment.plugins.hardening.linux;

import io.containment.api.hardening.HardeningMeasure;
import io.containment.api.hardening.HardeningMeasureFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.util.List;
import org.pf4j.Extension;

/**
 * {@code seccomp}: on when {@code server.seccomp: true}. Ordinal 3: last, so that the other
 * measures' syscalls are not yet filtered.
 */
@Extension(ordinal = 3)
public final class SeccompFilterFactory implements HardeningMeasureFactory {
    /** The runtime hands hardening factories the {@code server} section's keys they declare. */
    static final String SECCOMP = "seccomp";

    @Override
    public String name() {
        return "seccomp";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.withDefault(SECCOMP, ConfigProperty.Type.BOOLEAN, "false",
                "install the syscall allowlist filter on every thread (Linux x86_64/aarch64)"));
    }

    @Override
    public HardeningMeasure create(PluginConfig config, PluginContext context) {
        return new SeccompFilter(HostPlatform.current(), config.bool(SECCOMP).orElse(false));
    }
}
