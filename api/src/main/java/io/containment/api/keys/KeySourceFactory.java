package io.containment.api.keys;

import io.containment.api.plugin.PluginFactory;

/**
 * Creates a {@link KeySource} from the {@code key_sources.<name>} configuration section.
 * Every configured section names one factory; several sources may be active at once.
 */
public interface KeySourceFactory extends PluginFactory<KeySource> {
}
