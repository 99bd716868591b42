package io.containment.plugins.keys.awskms;

import io.containment.api.seal.ShareWrapper;
import io.containment.api.seal.ShareWrapperException;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Master-key shares wrapped by KMS {@code Encrypt}/{@code Decrypt} (symmetric keys), the share's
 * index bound as encryption context. The key id may be an id, ARN or alias ARN in any account or
 * region the client's endpoint reaches.
 */
final class AwsKmsShareWrapper implements ShareWrapper {
    private final KmsClient client;
    private final Runnable onClose;

    AwsKmsShareWrapper(KmsClient client, Runnable onClose) {
        this.client = client;
        this.onClose = onClose;
    }

    @Override
    public byte[] wrap(String keyId, byte[] share, Map<String, String> context) {
        try {
            return PluginClassLoader.call(() -> client.encrypt(r -> r.keyId(keyId)
                    .plaintext(SdkBytes.fromByteArrayUnsafe(share)).encryptionContext(context))).ciphertextBlob().asByteArray();
        } catch (SdkException e) {
            throw new ShareWrapperException("KMS Encrypt with " + keyId + " failed: " + KmsDataKeys.describe(e));
        }
    }

    @Override
    public byte[] unwrap(String keyId, byte[] wrapped, Map<String, String> context) {
        try {
            // the SDK's own array: the caller wiping it wipes the SDK's copy
            return PluginClassLoader.call(() -> client.decrypt(r -> r.keyId(keyId)
                    .ciphertextBlob(SdkBytes.fromByteArrayUnsafe(wrapped)).encryptionContext(context))).plaintext()
                    .asByteArrayUnsafe();
        } catch (SdkException e) {
            throw new ShareWrapperException("KMS Decrypt with " + keyId + " failed: " + KmsDataKeys.describe(e));
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            onClose.run();
        }
    }
}
