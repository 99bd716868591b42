package io.containment.plugins.slashing.postgres;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import java.util.List;
import org.pf4j.Extension;

/** {@code anti_slashing.backend: postgres} — one slashing database shared by several signers. */
@Extension
public final class PostgresSlashingStoreFactory implements SlashingStoreFactory {
    static final String URL = "url";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String POOL_SIZE = "pool_size";
    static final String CONNECT_TIMEOUT = "connect_timeout";
    static final String STATEMENT_TIMEOUT = "statement_timeout";

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.required(URL, ConfigProperty.Type.STRING,
                        "jdbc:postgresql://host:port/database (add ?currentSchema=NAME for a schema of its own)"),
                ConfigProperty.optional(USERNAME, ConfigProperty.Type.STRING, "database role (default: the URL's user)"),
                ConfigProperty.optional(PASSWORD, ConfigProperty.Type.SECRET,
                        "the role's password: inline, env:VARIABLE or file:/path (or ~/.pgpass)"),
                ConfigProperty.withDefault(POOL_SIZE, ConfigProperty.Type.INTEGER, "8",
                        "connections of this signer to the database (at most that many signings decide at once)"),
                ConfigProperty.withDefault(CONNECT_TIMEOUT, ConfigProperty.Type.STRING, "3s",
                        "how long to wait for a connection before answering 503 (3s, 2500ms)"),
                ConfigProperty.withDefault(STATEMENT_TIMEOUT, ConfigProperty.Type.STRING, "3s",
                        "how long a statement, or the wait for another signer's lock on a validator, may take before 503"));
    }

    @Override
    public SlashingStore create(PluginConfig config, PluginContext context) {
        return PostgresStores.open(settings(config), context.genesisValidatorsRoot());
    }

    static ConnectionSettings settings(PluginConfig config) {
        String url = config.string(URL).orElseThrow().trim();
        if (!JdbcUrls.isPostgres(url)) {
            throw new PluginConfigException(config.fullKey(URL), "expected jdbc:postgresql://host:port/database, got '"
                    + JdbcUrls.withoutPassword(url) + "'");
        }
        int poolSize = config.integer(POOL_SIZE).orElseThrow();
        if (poolSize < 1 || poolSize > 1000) {
            throw new PluginConfigException(config.fullKey(POOL_SIZE), "must be between 1 and 1000");
        }
        return new ConnectionSettings(url, config.string(USERNAME), config.secret(PASSWORD), poolSize,
                Timeouts.read(config, CONNECT_TIMEOUT), Timeouts.read(config, STATEMENT_TIMEOUT));
    }
}
