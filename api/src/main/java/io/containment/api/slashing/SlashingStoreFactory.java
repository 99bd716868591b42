package io.containment.api.slashing;

import io.containment.api.plugin.PluginFactory;

/** Creates the {@link SlashingStore} named by {@code anti_slashing.backend}. */
public interface SlashingStoreFactory extends PluginFactory<SlashingStore> {
}
