package io.containment.plugins.dynamodb.support;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import java.util.List;

/**
 * The configuration keys every DynamoDB plugin accepts in its section ({@code table},
 * {@code create_table} and the {@link ClientSettings client keys}), their declarations, and their
 * checked values. A plugin returns {@link #properties} (plus any keys of its own) from
 * {@code configProperties()} and calls {@link #read} in {@code create}.
 */
public final class DynamoDbConfig {
    public static final String TABLE = "table";
    public static final String REGION = "region";
    public static final String ENDPOINT = "endpoint";
    public static final String CREATE_TABLE = "create_table";
    public static final String ACCESS_KEY_ID = "access_key_id";
    public static final String SECRET_ACCESS_KEY = "secret_access_key";
    public static final String TIMEOUT_MS = "timeout_ms";
    public static final String ATTEMPT_TIMEOUT_MS = "attempt_timeout_ms";
    public static final String MAX_RETRIES = "max_retries";

    private final String table;
    private final boolean createTable;
    private final String createTableKey;
    private final ClientSettings client;

    private DynamoDbConfig(String table, boolean createTable, String createTableKey, ClientSettings client) {
        this.table = table;
        this.createTable = createTable;
        this.createTableKey = createTableKey;
        this.client = client;
    }

    /**
     * The shared keys, in this order: table, region, endpoint, create_table, access_key_id,
     * secret_access_key, timeout_ms, attempt_timeout_ms, max_retries.
     *
     * @param tableMeaning   what the table holds, for the {@code table} key's description
     * @param timeoutMeaning the {@code timeout_ms} description (what happens past it differs per plugin)
     */
    public static List<ConfigProperty> properties(String tableMeaning, String timeoutMeaning) {
        return List.of(
                ConfigProperty.required(TABLE, ConfigProperty.Type.STRING, tableMeaning),
                ConfigProperty.optional(REGION, ConfigProperty.Type.STRING,
                        "AWS region, e.g. eu-west-1; default from the SDK chain (AWS_REGION, profile)"),
                ConfigProperty.optional(ENDPOINT, ConfigProperty.Type.STRING,
                        "endpoint URL instead of the region's public one (VPC endpoint, tests)"),
                ConfigProperty.withDefault(CREATE_TABLE, ConfigProperty.Type.BOOLEAN, "false",
                        "create the table (on-demand capacity) when it does not exist"),
                ConfigProperty.optional(ACCESS_KEY_ID, ConfigProperty.Type.SECRET,
                        "static credentials (with secret_access_key); default: the SDK's default credentials chain"),
                ConfigProperty.optional(SECRET_ACCESS_KEY, ConfigProperty.Type.SECRET, "static credentials (with access_key_id)"),
                ConfigProperty.withDefault(TIMEOUT_MS, ConfigProperty.Type.INTEGER, "3000", timeoutMeaning),
                ConfigProperty.withDefault(ATTEMPT_TIMEOUT_MS, ConfigProperty.Type.INTEGER, "1000",
                        "limit for one HTTP attempt (connect and read)"),
                ConfigProperty.withDefault(MAX_RETRIES, ConfigProperty.Type.INTEGER, "2",
                        "SDK retries of a failed call (throttling, 5xx, network)"));
    }

    /**
     * Checks and reads the shared keys of a section declared with {@link #properties}.
     *
     * @throws PluginConfigException naming the first key with a bad value
     */
    public static DynamoDbConfig read(PluginConfig config) {
        String table = config.string(TABLE).orElseThrow();
        if (!table.matches("[a-zA-Z0-9_.-]{3,255}")) {
            throw new PluginConfigException(config.fullKey(TABLE), "is not a DynamoDB table name (3-255 of a-z A-Z 0-9 _ . -)");
        }
        ClientSettings client = ClientSettings.read(config);
        return new DynamoDbConfig(table, config.bool(CREATE_TABLE).orElseThrow(), config.fullKey(CREATE_TABLE), client);
    }

    public String table() {
        return table;
    }

    /** Whether a missing table may be created. */
    public boolean createTable() {
        return createTable;
    }

    /** The full key of {@code create_table} (e.g. {@code auth.create_table}), for messages. */
    public String createTableKey() {
        return createTableKey;
    }

    public ClientSettings client() {
        return client;
    }
}
