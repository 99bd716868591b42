package io.containment.plugins.keys.awskms;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.KeySourceFactory;
import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.ConfigProperty.Type;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginConfigException;
import io.containment.api.plugin.PluginContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@code key_sources.aws_kms}: BLS secrets stored under KMS-wrapped data keys.
 *
 * <pre>{@code
 * key_sources:
 *   aws_kms:
 *     paths: [/var/lib/containment-chamber/kms-keys]
 *     region: eu-west-1
 * }</pre>
 */
@Extension
public final class AwsKmsKeySourceFactory implements KeySourceFactory {
    static final String NAME = "aws_kms";
    static final String PATHS = "paths";
    static final String LOAD_CONCURRENCY = "load_concurrency";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ConfigProperty> configProperties() {
        List<ConfigProperty> properties = new ArrayList<>();
        properties.add(ConfigProperty.required(PATHS, Type.PATH_LIST, "Folders of KMS-wrapped key files (*.json, see keys wrap-kms)"));
        properties.add(ConfigProperty.withDefault(LOAD_CONCURRENCY, Type.INTEGER, "8", "Key files unwrapped at once (KMS Decrypt calls in flight)"));
        properties.addAll(KmsSettings.properties());
        return properties;
    }

    @Override
    public KeySource create(PluginConfig config, PluginContext context) {
        List<Path> folders = config.paths(PATHS);
        if (folders.isEmpty()) {
            throw new PluginConfigException(config.fullKey(PATHS), "needs at least one folder");
        }
        int concurrency = config.integer(LOAD_CONCURRENCY).orElse(8);
        if (concurrency < 1) {
            throw new PluginConfigException(config.fullKey(LOAD_CONCURRENCY), "must be at least 1, got " + concurrency);
        }
        KmsConnection connection = KmsSettings.connection(config);
        KmsClient client = client(connection, config);
        return new AwsKmsKeySource(folders, concurrency, new KmsDataKeys(client), context.blsSecretKeys(), context.clock(),
                () -> connection.credentials().ifPresent(KmsConnection.StaticKeys::wipe));
    }

    /** The client, or a configuration error when the SDK cannot tell the region. */
    static KmsClient client(KmsConnection connection, PluginConfig config) {
        try {
            return connection.client();
        } catch (SdkClientException e) {
            connection.credentials().ifPresent(KmsConnection.StaticKeys::wipe);
            throw new PluginConfigException(config.fullKey(KmsSettings.REGION), "is not set and the AWS SDK found no default "
                    + "region (" + e.getClass().getSimpleName() + "); set it or AWS_REGION");
        }
    }
}
