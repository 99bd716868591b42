package io.containment.plugins.slashing.sqlite;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.Extension;

/** {@code anti_slashing.backend: sqlite} — the embedded default slashing protection store. */
@Extension
public final class SqliteSlashingStoreFactory implements SlashingStoreFactory {
    static final String PATH = "path";
    static final String BUSY_TIMEOUT_MS = "busy_timeout_ms";
    static final String COMMIT_DELAY_MS = "commit_delay_ms";
    static final String DEFAULT_FILE_NAME = "slashing-protection.sqlite";

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.optional(PATH, ConfigProperty.Type.PATH,
                        "database file (created 0600); default <data_dir>/" + DEFAULT_FILE_NAME),
                ConfigProperty.withDefault(BUSY_TIMEOUT_MS, ConfigProperty.Type.INTEGER, "5000",
                        "how long a signing waits for another process holding the database before answering 503"),
                ConfigProperty.withDefault(COMMIT_DELAY_MS, ConfigProperty.Type.INTEGER, "3",
                        "while requests arrive together, how long at most the committer waits so more of them share one"
                                + " commit (0 to " + CommitDelay.MAX_MILLIS + "; 0 commits at once)"));
    }

    @Override
    public SlashingStore create(PluginConfig config, PluginContext context) {
        Path path = config.path(PATH).orElseGet(() -> context.dataDir().resolve(DEFAULT_FILE_NAME));
        int busyTimeoutMillis = config.integer(BUSY_TIMEOUT_MS).orElseThrow();
        if (busyTimeoutMillis < 0) {
            throw new PluginConfigException(config.fullKey(BUSY_TIMEOUT_MS), "must be 0 or more milliseconds");
        }
        int commitDelayMillis = config.integer(COMMIT_DELAY_MS).orElseThrow();
        if (commitDelayMillis < 0 || commitDelayMillis > CommitDelay.MAX_MILLIS) {
            throw new PluginConfigException(config.fullKey(COMMIT_DELAY_MS),
                    "must be 0 to " + CommitDelay.MAX_MILLIS + " milliseconds");
        }
        return SqliteSlashingStore.open(path, context.genesisValidatorsRoot(), busyTimeoutMillis,
                CommitDelay.ofMillis(commitDelayMillis));
    }
}
