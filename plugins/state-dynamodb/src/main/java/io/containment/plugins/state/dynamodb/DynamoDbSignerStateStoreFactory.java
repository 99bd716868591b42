package io.containment.plugins.state.dynamodb;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.seal.SignerStateStore;
import io.containment.api.seal.SignerStateStoreFactory;
import io.containment.plugins.dynamodb.support.DynamoDbConfig;
import java.util.List;
import org.pf4j.Extension;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * {@code signer_state.backend: dynamodb} — the seal record in one DynamoDB item that signer
 * instances on any number of hosts share. Its keys (directly under {@code signer_state}) are the
 * shared ones of {@link DynamoDbConfig}.
 */
@Extension
public final class DynamoDbSignerStateStoreFactory implements SignerStateStoreFactory {
    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return DynamoDbConfig.properties("the DynamoDB table holding the seal record, shared by every signer instance",
                "limit for one DynamoDB call including retries");
    }

    @Override
    public SignerStateStore create(PluginConfig config, PluginContext context) {
        return create(config, List.of());
    }

    /** As {@link #create(PluginConfig, PluginContext)}, with SDK interceptors (tests inject failures with them). */
    SignerStateStore create(PluginConfig config, List<ExecutionInterceptor> interceptors) {
        DynamoDbConfig settings = DynamoDbConfig.read(config);
        return DynamoDbSignerStateStore.open(settings.client().client(interceptors), settings);
    }
}
