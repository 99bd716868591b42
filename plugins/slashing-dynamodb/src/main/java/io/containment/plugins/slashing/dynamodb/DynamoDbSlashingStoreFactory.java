package io.containment.plugins.slashing.dynamodb;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import java.time.Duration;
import java.util.List;
import org.pf4j.Extension;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** {@code anti_slashing.backend: dynamodb} — one DynamoDB table shared by signers on any number of hosts. */
@Extension
public final class DynamoDbSlashingStoreFactory implements SlashingStoreFactory {
    static final String TABLE = "table";
    static final String REGION = "region";
    static final String ENDPOINT = "endpoint";
    static final String CREATE_TABLE = "create_table";
    static final String ACCESS_KEY_ID = "access_key_id";
    static final String SECRET_ACCESS_KEY = "secret_access_key";
    static final String TIMEOUT_MS = "timeout_ms";
    static final String ATTEMPT_TIMEOUT_MS = "attempt_timeout_ms";
    static final String MAX_RETRIES = "max_retries";
    /** Conditional-write conflicts with other signers tolerated per request before a 503. */
    static final int CONFLICT_ATTEMPTS = 10;

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.required(TABLE, ConfigProperty.Type.STRING, "the DynamoDB table shared by every signer of the network"),
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
                        "limit for one DynamoDB call including retries; past it the request is answered 503"),
                ConfigProperty.withDefault(ATTEMPT_TIMEOUT_MS, ConfigProperty.Type.INTEGER, "1000",
                        "limit for one HTTP attempt (connect and read)"),
                ConfigProperty.withDefault(MAX_RETRIES, ConfigProperty.Type.INTEGER, "2",
                        "SDK retries of a failed call (throttling, 5xx, network)"));
    }

    @Override
    public SlashingStore create(PluginConfig config, PluginContext context) {
        return create(config, context, List.of());
    }

    /** As {@link #create(PluginConfig, PluginContext)}, with SDK interceptors (tests inject failures with them). */
    SlashingStore create(PluginConfig config, PluginContext context, List<ExecutionInterceptor> interceptors) {
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
        ClientSettings settings = new ClientSettings(config, timeout, attemptTimeout, retries, interceptors);
        return DynamoDbSlashingStore.open(settings.client(), table, config.bool(CREATE_TABLE).orElseThrow(),
                context.genesisValidatorsRoot(), timeout.multipliedBy(3), CONFLICT_ATTEMPTS);
    }

    private static int positive(PluginConfig config, String key) {
        int value = config.integer(key).orElseThrow();
        if (value <= 0) {
            throw new PluginConfigException(config.fullKey(key), "must be a positive number of milliseconds");
        }
        return value;
    }
}
