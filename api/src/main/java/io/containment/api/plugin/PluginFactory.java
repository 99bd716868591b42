package io.containment.api.plugin;

import java.util.List;

/**
 * A factory the runtime finds in a plugin and selects by {@link #name()} from configuration
 * ({@code anti_slashing.backend: sqlite}, a {@code key_sources.<name>} section, …).
 * Implementations have a public no-argument constructor and hold no state of their own.
 *
 * @param <T> what the factory creates
 */
public interface PluginFactory<T> {
    /** The name configuration uses for this factory; unique per kind across all plugins. */
    String name();

    /** Every key this factory's configuration section accepts; any other key refuses startup. */
    List<ConfigProperty> configProperties();

    /**
     * Creates the configured instance.
     *
     * @throws PluginConfigException naming the key when the configuration is unusable
     * @throws PluginException       when the instance cannot start
     */
    T create(PluginConfig config, PluginContext context);
}
