package io.containment.runtime.testplugins;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthBackendFactory;
import io.containment.api.contract.ReferenceAuthBackend;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import java.util.List;
import org.pf4j.Extension;

/** Test auth backend {@code memory}: the contract's in-memory reference, fresh storage per backend. Runtime tests only. */
@Extension
public class MemoryAuthBackendFactory implements AuthBackendFactory {
    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of();
    }

    @Override
    public AuthBackend create(PluginConfig config, PluginContext context) {
        return new ReferenceAuthBackend(new ReferenceAuthBackend.Storage());
    }
}
