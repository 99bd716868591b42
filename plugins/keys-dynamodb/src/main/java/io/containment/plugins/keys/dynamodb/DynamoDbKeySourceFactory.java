package io.containment.plugins.keys.dynamodb;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code key_sources.dynamodb} — validator keys AES-256-GCM-encrypted under the signer's master
 * key, one item per key in a DynamoDB table shared by every signer instance. Needs
 * {@code signer_state} (the master key); while sealed it holds no keys.
 */
@Extension
public final class DynamoDbKeySourceFactory implements KeySourceFactory {
    static final String TABLE = "table";
    static final String REGION = "region";
    static final String ENDPOINT = "endpoint";
    static final String CREATE_TABLE = "create_table";
    static final String ACCESS_KEY_ID = "access_key_id";
    static final String SECRET_ACCESS_KEY = "secret_access_key";
    static final String TIMEOUT_MS = "timeout_ms";
    static final String ATTEMPT_TIMEOUT_MS = "attempt_timeout_ms";
    static final String MAX_RETRIES = "max_retries";
    static final String REFRESH_INTERVAL_SECONDS = "refresh_interval_seconds";
    private static final int MAX_REFRESH_INTERVAL_SECONDS = 86_400;

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.required(TABLE, ConfigProperty.Type.STRING, "the DynamoDB table of encrypted keys, shared by every signer"),
                ConfigProperty.optional(REGION, ConfigProperty.Type.STRING,
                        "AWS region, e.g. eu-west-1; default from the SDK chain (AWS_REGION, profile)"),
                ConfigProperty.optional(ENDPOINT, ConfigProperty.Type.STRING,
                        "endpoint URL instead of the region's public one (VPC endpoint, tests)"),
                ConfigProperty.withDefault(CREATE_TABLE, ConfigProperty.Type.BOOLEAN, "false",
                        "create the table (on-demand capacity) when it does not exist"),
                ConfigProperty.optional(ACCESS_KEY_ID, ConfigProperty.Type.SECRET,
                        "static credentials (with secret_access_key); default: the SDK's default credentials chain"),
                ConfigProperty.optional(SECRET_ACCESS_KEY, ConfigProperty.Type.SECRET, "static credentials (with access_key_id)"),
                ConfigProperty.withDefault(TIMEOUT_MS, ConfigProperty.Type.INTEGER, "3000",
                        "limit for one DynamoDB call including retries"),
                ConfigProperty.withDefault(ATTEMPT_TIMEOUT_MS, ConfigProperty.Type.INTEGER, "1000",
                        "limit for one HTTP attempt (connect and read)"),
                ConfigProperty.withDefault(MAX_RETRIES, ConfigProperty.Type.INTEGER, "2",
                        "SDK retries of a failed call (throttling, 5xx, network)"),
                ConfigProperty.withDefault(REFRESH_INTERVAL_SECONDS, ConfigProperty.Type.INTEGER, "30",
                        "how often the signer re-scans the table for new, changed and deactivated keys; 0: only at "
                                + "unseal and on POST /reload"));
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        return create(config, context, List.of());
    }

    /** As {@link #create(PluginConfig, PluginContext)}, with SDK interceptors (tests hold or fail calls with them). */
    DynamoDbKeySource create(PluginConfig config, PluginContext context, List<ExecutionInterceptor> interceptors) {
        String table = config.string(TABLE).orElseThrow();
        if (!table.matches("[a-zA-Z0-9_.-]{3,255}")) {
            throw new PluginConfigException(config.fullKey(TABLE), "is not a DynamoDB table name (3-255 of a-z A-Z 0-9 _ . -)");
        }
        Duration timeout = Duration.ofMillis(positive(config, TIMEOUT_MS));
        Duration attemptTimeout = Duration.ofMillis(positive(config, ATTEMPT_TIMEOUT_MS));
        int retries = config.integer(MAX_RETRIES).orElseThrow();
        if (retries < 0 || retries > 10) {
            throw new PluginConfigException(config.fullKey(MAX_RETRIES), "must be between 0 and 10");
        }
        Optional<Duration> refresh = refreshInterval(config);
        DynamoDbClient client = new ClientSettings(config, timeout, attemptTimeout, retries, interceptors).client();
        KeyTable keyTable = new KeyTable(client, table, context.clock());
        try {
            new TableSetup(keyTable).run(config.bool(CREATE_TABLE).orElseThrow(), config.fullKey(CREATE_TABLE));
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return new DynamoDbKeySource(keyTable, context.blsSecretKeys(), context::keystores, refresh, new SecureRandom());
    }

    private static Optional<Duration> refreshInterval(PluginConfig config) {
        int seconds = config.integer(REFRESH_INTERVAL_SECONDS).orElseThrow();
        if (seconds < 0 || seconds > MAX_REFRESH_INTERVAL_SECONDS) {
            throw new PluginConfigException(config.fullKey(REFRESH_INTERVAL_SECONDS),
                    "must be between 0 (no background refresh) and " + MAX_REFRESH_INTERVAL_SECONDS);
        }
        return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    private static int positive(PluginConfig config, String key) {
        int value = config.integer(key).orElseThrow();
        if (value <= 0) {
            throw new PluginConfigException(config.fullKey(key), "must be a positive number of milliseconds");
        }
        return value;
    }
}
