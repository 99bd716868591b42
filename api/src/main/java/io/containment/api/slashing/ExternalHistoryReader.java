package io.containment.api.slashing;

import io.containment.api.plugin.PluginContext;

/**
 * Reads the slashing history of another signer's database (for example Web3Signer's PostgreSQL
 * database) so that {@code containment-chamber slashing import} can move it into any store. A
 * plugin provides it as an extension, as it provides factories; the runtime picks the reader by
 * {@link #name()} and never touches the other database's driver itself.
 *
 * @since SPI 1.4
 */
public interface ExternalHistoryReader {
    /** What the CLI calls this source, e.g. {@code web3signer-db} for {@code --from-web3signer-db}. */
    String name();

    /** Whether {@code location} (a JDBC URL, a path, …) is something this reader can open. */
    boolean accepts(String location);

    /**
     * Reads the complete history at {@code location}, refusing one that belongs to another chain than
     * {@code context.genesisValidatorsRoot()}.
     *
     * @throws InvalidInterchangeException when the database is not of the expected kind or version, or
     *                                     belongs to another chain; the message never carries a password
     * @throws StoreUnavailableException   when the database cannot be reached
     */
    ExternalHistory read(String location, PluginContext context);
}
