package io.containment.runtime.plugins;

import io.containment.api.consensus.Root;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.Keystores;
import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginMetrics;
import io.containment.runtime.keystore.RuntimeKeystores;
import java.nio.file.Path;
import java.time.Clock;

/** The {@link PluginContext} the runtime hands to every factory. */
public record RuntimePluginContext(Clock clock, Path dataDir, Root genesisValidatorsRoot, BlsSecretKeys blsSecretKeys,
                                   PluginMetrics metrics) implements PluginContext {
    /** EIP-2335 decryption with this context's BLS (SPI 1.2). */
    @Override
    public Keystores keystores() {
        return new RuntimeKeystores(blsSecretKeys);
    }
}
