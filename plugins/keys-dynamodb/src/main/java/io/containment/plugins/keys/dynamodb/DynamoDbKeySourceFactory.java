package io.containment.plugins.keys.dynamodb;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import io.containment.plugins.dynamodb.support.DynamoDbConfig;
import io.containment.plugins.dynamodb.support.TableKeys;
import io.containment.plugins.dynamodb.support.TableSetup;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
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
    static final String REFRESH_INTERVAL_SECONDS = "refresh_interval_seconds";
    private static final int MAX_REFRESH_INTERVAL_SECONDS = 86_400;

    @Override
    public String name() {
        return "dynamodb";
    }

    /** The shared keys of {@link DynamoDbConfig}, then {@code refresh_interval_seconds}. */
    @Override
    public List<ConfigProperty> configProperties() {
        List<ConfigProperty> properties = new ArrayList<>(DynamoDbConfig.properties(
                "the DynamoDB table of encrypted validator keys, shared by every signer",
                "limit for one DynamoDB call including retries"));
        properties.add(ConfigProperty.withDefault(REFRESH_INTERVAL_SECONDS, ConfigProperty.Type.INTEGER, "30",
                "how often the signer re-scans the table for new, changed and deactivated keys; 0: only at unseal "
                        + "and on POST /reload"));
        return List.copyOf(properties);
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        return create(config, context, List.of());
    }

    /** As {@link #create(PluginConfig, PluginContext)}, with SDK interceptors (tests hold or fail calls with them). */
    DynamoDbKeySource create(PluginConfig config, PluginContext context, List<ExecutionInterceptor> interceptors) {
        DynamoDbConfig settings = DynamoDbConfig.read(config);
        Optional<Duration> refresh = refreshInterval(config);
        DynamoDbClient client = settings.client().client(interceptors);
        try {
            new TableSetup(client, "keys-dynamodb", TableKeys.partitionOnly(KeyItem.PUBKEY), settings.table(),
                    settings.createTableKey()).run(settings.createTable(), setup -> { });
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return new DynamoDbKeySource(new KeyTable(client, settings.table(), context.clock()), context.blsSecretKeys(),
                context::keystores, refresh, new SecureRandom());
    }

    private static Optional<Duration> refreshInterval(PluginConfig config) {
        int seconds = config.integer(REFRESH_INTERVAL_SECONDS).orElseThrow();
        if (seconds < 0 || seconds > MAX_REFRESH_INTERVAL_SECONDS) {
            throw new PluginConfigException(config.fullKey(REFRESH_INTERVAL_SECONDS),
                    "must be between 0 (no background refresh) and " + MAX_REFRESH_INTERVAL_SECONDS);
        }
        return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }
}
