package io.containment.plugins.slashing.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.containment.api.consensus.Root;
import io.containment.api.plugin.PluginException;
import java.lang.System.Logger.Level;
import java.sql.SQLException;

/** Opens a store: pool, schema migration, chain binding. */
final class PostgresStores {
    private static final System.Logger LOG = System.getLogger(PostgresStores.class.getName());

    private PostgresStores() {
    }

    /**
     * Opens the store, creating or migrating the schema.
     *
     * @throws PluginException when the database cannot be reached at startup, cannot be migrated,
     *                         or belongs to another chain
     */
    static PostgresSlashingStore open(ConnectionSettings settings, Root genesisValidatorsRoot) {
        String where = settings.safeUrl();
        HikariDataSource pool = ConnectionPool.create(settings, "containment-slashing");
        Database database = new Database(pool);
        try {
            String version = SchemaMigration.run(pool, where);
            database.transaction(connection -> {
                Metadata.bindToChain(connection, genesisValidatorsRoot, where);
                return null;
            });
            LOG.log(Level.INFO, "slashing protection in PostgreSQL {0} (schema version {1})", where, version);
            return new PostgresSlashingStore(database, genesisValidatorsRoot, where);
        } catch (SQLException e) {
            database.close();
            throw new PluginException("cannot open slashing database " + where + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
