package io.containment.plugins.slashing.dynamodb;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingStoreFactory;
import io.containment.plugins.dynamodb.support.DynamoDbConfig;
import java.util.List;
import org.pf4j.Extension;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * {@code anti_slashing.backend: dynamodb} — one DynamoDB table shared by signers on any number of
 * hosts. Its keys are the shared ones of {@link DynamoDbConfig}.
 */
@Extension
public final class DynamoDbSlashingStoreFactory implements SlashingStoreFactory {
    /** Conditional-write conflicts with other signers tolerated per request before a 503. */
    static final int CONFLICT_ATTEMPTS = 10;

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return DynamoDbConfig.properties("the DynamoDB table shared by every signer of the network",
                "limit for one DynamoDB call including retries; past it the request is answered 503");
    }

    @Override
    public SlashingStore create(PluginConfig config, PluginContext context) {
        return create(config, context, List.of());
    }

    /** As {@link #create(PluginConfig, PluginContext)}, with SDK interceptors (tests inject failures with them). */
    SlashingStore create(PluginConfig config, PluginContext context, List<ExecutionInterceptor> interceptors) {
        DynamoDbConfig settings = DynamoDbConfig.read(config);
        return DynamoDbSlashingStore.open(settings.client().client(interceptors), settings, context.genesisValidatorsRoot(),
                settings.client().timeout().multipliedBy(3), CONFLICT_ATTEMPTS);
    }
}
