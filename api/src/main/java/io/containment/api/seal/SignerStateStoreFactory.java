package io.containment.api.seal;

import io.containment.api.plugin.PluginFactory;

/**
 * Creates the {@link SignerStateStore} named by {@code signer_state.backend}.
 *
 * @since SPI 1.6
 */
public interface SignerStateStoreFactory extends PluginFactory<SignerStateStore> {
}
