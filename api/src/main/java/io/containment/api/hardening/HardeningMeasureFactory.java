package io.containment.api.hardening;

import io.containment.api.plugin.PluginFactory;

/** Creates a {@link HardeningMeasure}; every measure found in a plugin is applied. */
public interface HardeningMeasureFactory extends PluginFactory<HardeningMeasure> {
}
