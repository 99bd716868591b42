package io.containment.plugins.keys.awskms;

import io.containment.api.plugin.ConfigProperty;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperFactory;
import java.util.List;
import org.pf4j.Extension;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@code signer_state.share_wrapper.type: aws_kms}: wraps master-key shares with KMS keys.
 *
 * <pre>{@code
 * signer_state:
 *   share_wrapper:
 *     type: aws_kms
 *     region: eu-west-1
 * }</pre>
 */
@Extension
public final class AwsKmsShareWrapperFactory implements ShareWrapperFactory {
    @Override
    public String name() {
        return AwsKmsKeySourceFactory.NAME;
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return KmsSettings.properties();
    }

    @Override
    public ShareWrapper create(PluginConfig config, PluginContext context) {
        KmsConnection connection = KmsSettings.connection(config);
        KmsClient client = AwsKmsKeySourceFactory.client(connection, config);
        return new AwsKmsShareWrapper(client, () -> connection.credentials().ifPresent(KmsConnection.StaticKeys::wipe));
    }
}
