package io.containment.api.seal;

import io.containment.api.plugin.PluginFactory;

/**
 * Creates the {@link ShareWrapper} named by {@code signer_state.share_wrapper.type}; its section
 * holds the wrapper's connection settings.
 *
 * @since SPI 1.6
 */
public interface ShareWrapperFactory extends PluginFactory<ShareWrapper> {
}
