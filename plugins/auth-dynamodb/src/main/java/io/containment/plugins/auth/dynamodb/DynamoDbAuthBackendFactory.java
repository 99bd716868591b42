package io.containment.plugins.auth.dynamodb;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.AuthBackendFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.plugins.dynamodb.support.DynamoDbConfig;
import java.util.List;
import org.pf4j.Extension;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * {@code auth.backend: dynamodb} — policies and token hashes in one DynamoDB table shared by
 * signers on any number of hosts. Its keys are the shared ones of {@link DynamoDbConfig}.
 */
@Extension
public final class DynamoDbAuthBackendFactory implements AuthBackendFactory {
    /** Commits lost to other instances' writes tolerated per write before it is reported unavailable. */
    static final int COMMIT_ATTEMPTS = 100;

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return DynamoDbConfig.properties("the DynamoDB table shared by every signer instance",
                "limit for one DynamoDB call including retries");
    }

    @Override
    public AuthBackend create(PluginConfig config, PluginContext context) {
        return create(config, List.of());
    }

    /** As {@link #create(PluginConfig, PluginContext)}, with SDK interceptors (tests inject failures with them). */
    AuthBackend create(PluginConfig config, List<ExecutionInterceptor> interceptors) {
        DynamoDbConfig settings = DynamoDbConfig.read(config);
        return DynamoDbAuthBackend.open(settings.client().client(interceptors), settings, COMMIT_ATTEMPTS);
    }
}
