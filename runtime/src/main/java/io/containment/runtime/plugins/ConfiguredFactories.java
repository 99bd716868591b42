package io.containment.runtime.plugins;

import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginFactory;
import io.containment.runtime.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/** Picks the factory a configuration key names and builds its validated {@link PluginConfig}. */
public final class ConfiguredFactories {
    private ConfiguredFactories() {
    }

    /**
     * @param factories  the factories of one kind, by name
     * @param name       the configured name
     * @param key        the configuration key that named it, for the error
     * @param kindLabel  e.g. "slashing store", for the error
     * @throws ConfigException if no factory has that name
     */
    public static <F extends PluginFactory<?>> F select(Map<String, F> factories, String name, String key, String kindLabel) {
        F factory = factories.get(name);
        if (factory == null) {
            String available = factories.isEmpty() ? "none installed" : String.join(", ", new TreeSet<>(factories.keySet()));
            throw new ConfigException(key, "no " + kindLabel + " named '" + name + "' (available: " + available
                    + "); is its plugin zip in the plugins directory?");
        }
        return factory;
    }

    /** The factory's section, checked against its declared keys. */
    public static PluginConfig configFor(PluginFactory<?> factory, String section, Map<String, Object> values, Path base) {
        return PluginConfig.of(section, values, factory.configProperties(), base);
    }
}
