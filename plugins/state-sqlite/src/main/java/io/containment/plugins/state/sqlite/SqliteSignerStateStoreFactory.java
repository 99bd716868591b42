package io.containment.plugins.state.sqlite;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.api.seal.SignerStateStore;
import io.containment.api.seal.SignerStateStoreFactory;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.Extension;

/** {@code signer_state.backend: sqlite} — the embedded default store of the seal record. */
@Extension
public final class SqliteSignerStateStoreFactory implements SignerStateStoreFactory {
    static final String PATH = "path";
    static final String BUSY_TIMEOUT_MS = "busy_timeout_ms";
    static final String DEFAULT_FILE_NAME = "signer-state.sqlite";

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
                        "how long a call waits for another process holding the database"));
    }

    @Override
    public SignerStateStore create(PluginConfig config, PluginContext context) {
        Path path = config.path(PATH).orElseGet(() -> context.dataDir().resolve(DEFAULT_FILE_NAME));
        int busyTimeoutMillis = config.integer(BUSY_TIMEOUT_MS).orElseThrow();
        if (busyTimeoutMillis < 0) {
            throw new PluginConfigException(config.fullKey(BUSY_TIMEOUT_MS), "must be 0 or more milliseconds");
        }
        return SqliteSignerStateStore.open(path, busyTimeoutMillis);
    }
}
