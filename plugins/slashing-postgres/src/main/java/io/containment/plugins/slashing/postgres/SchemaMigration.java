package io.containment.plugins.slashing.postgres;

import io.containment.api.plugin.PluginException;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates or migrates the schema at startup with Flyway, from the versioned SQL files in
 * {@code io/containment/plugins/slashing/postgres/migration} (history in
 * {@code slashing_schema_history}). Signers starting together are serialised by Flyway's own
 * lock. A database already migrated by a newer version of this plugin is refused: this code does
 * not know what those migrations changed.
 */
final class SchemaMigration {
    static final String LOCATION = "classpath:io/containment/plugins/slashing/postgres/migration";
    static final String HISTORY_TABLE = "slashing_schema_history";

    private SchemaMigration() {
    }

    /** Migrates to the latest version; answers the version the schema is at. */
    static String run(DataSource dataSource, String where) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(false)
                .load();
        try {
            flyway.migrate();
            MigrationInfoService info = flyway.info();
            Optional<MigrationInfo> future = Arrays.stream(info.all())
                    .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS).findFirst();
            if (future.isPresent()) {
                throw new PluginException("slashing database " + where + " has schema version " + future.get().getVersion()
                        + ", newer than this plugin knows; upgrade the signer");
            }
            MigrationInfo current = info.current();
            return current == null ? "none" : current.getVersion().toString();
        } catch (FlywayException e) {
            throw new PluginException("cannot create or migrate the slashing schema in " + where + ": " + e.getMessage(), e);
        }
    }
}
