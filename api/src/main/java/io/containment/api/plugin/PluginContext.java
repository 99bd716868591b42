package io.containment.api.plugin;

import io.containment.api.consensus.Root;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.Keystores;
import java.nio.file.Path;
import java.time.Clock;

/** Runtime services handed to a factory's {@code create}. */
public interface PluginContext {
    /** The clock to use (tests may fix it). */
    Clock clock();

    /** The signer's data directory (0700), for files a plugin owns. */
    Path dataDir();

    /** The configured network's genesis validators root (slashing stores bind to it). */
    Root genesisValidatorsRoot();

    /** Turns secret key bytes into signing keys held by the runtime's BLS implementation. */
    BlsSecretKeys blsSecretKeys();

    /** Where a plugin publishes its metrics. */
    PluginMetrics metrics();

    /**
     * EIP-2335 keystore decryption by the runtime.
     *
     * @throws UnsupportedOperationException in a context that offers none (the default)
     * @since SPI 1.2
     */
    default Keystores keystores() {
        throw new UnsupportedOperationException("this runtime offers no keystore decryption (SPI 1.2 needed)");
    }
}
