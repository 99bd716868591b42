package io.containment.plugins.slashing.postgres;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.ExternalHistory;
import io.containment.api.slashing.ExternalHistoryReader;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.StoreUnavailableException;
import io.containment.api.slashing.ValidatorHistory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code slashing import --from-web3signer-db JDBC_URL}: reads a Web3Signer PostgreSQL slashing
 * database (schema version 12) in one read-only, repeatable-read transaction, so a Web3Signer still
 * running cannot hand over half a history. Every record is carried over (an unknown root stays
 * unknown); each validator's low watermarks become records (see {@link Web3SignerTables#history}).
 * Refuses a database of another chain, of another schema version, or without a chain at all.
 */
@Extension
public final class Web3SignerHistoryReader implements ExternalHistoryReader {
    static final int SCHEMA_VERSION = 12;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int SOCKET_TIMEOUT_SECONDS = 600;

    @Override
    public String name() {
        return "web3signer-db";
    }

    @Override
    public boolean accepts(String location) {
        return JdbcUrls.isPostgres(location);
    }

    @Override
    public ExternalHistory read(String location, PluginContext context) {
        String where = JdbcUrls.withoutPassword(location);
        if (!accepts(location)) {
            throw new InvalidInterchangeException(where + ": not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(location);
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        source.setReadOnly(true);
        source.setApplicationName("containment-chamber slashing import");
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            try {
                return read(new Web3SignerTables(connection, where), context.genesisValidatorsRoot(), where);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the Web3Signer database " + where + ": " + e.getMessage(), e);
        }
    }

    private static ExternalHistory read(Web3SignerTables tables, Root ours, String where) throws SQLException {
        int version = tables.schemaVersion();
        if (version != SCHEMA_VERSION) {
            throw new InvalidInterchangeException(where + " is a Web3Signer database of schema version " + version
                    + "; this import reads version " + SCHEMA_VERSION + " (upgrade Web3Signer and let it migrate first)");
        }
        Web3SignerTables.Metadata metadata = tables.metadata().orElseThrow(() -> new InvalidInterchangeException(where
                + " has no genesis validators root (table metadata is empty): nothing proves which chain its history belongs to"));
        if (!metadata.genesisValidatorsRoot().equals(ours)) {
            throw new InvalidInterchangeException(where + " holds the history of the chain with genesis validators root "
                    + metadata.genesisValidatorsRoot() + ", this signer protects " + ours + "; nothing was imported");
        }
        List<ValidatorHistory> data = new ArrayList<>();
        List<BlsPublicKey> disabled = new ArrayList<>();
        for (Web3SignerTables.Validator validator : tables.validators()) {
            data.add(tables.history(validator));
            if (!validator.enabled()) {
                disabled.add(validator.pubkey());
            }
        }
        Optional<HighWatermark> highWatermark = metadata.highWatermark();
        return new ExternalHistory(new Interchange(ours, data), disabled, highWatermark);
    }
}
