package io.containment.runtime.testplugins;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import java.util.List;
import org.pf4j.Extension;

/** Test slashing store {@code memory}. Runtime tests only. */
@Extension
public class MemorySlashingStoreFactory implements SlashingStoreFactory {
    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.withDefault("available", ConfigProperty.Type.BOOLEAN, "true",
                "false simulates a store that is down"));
    }

    @Override
    public SlashingStore create(PluginConfig config, PluginContext context) {
        return new MemorySlashingStore(context.genesisValidatorsRoot(), config.bool("available").orElse(true));
    }
}
