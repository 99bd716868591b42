package io.containment.plugins.keys.awskms;

import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KeyUnavailableException;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/** Data keys through KMS: {@code Decrypt} of a wrapped one, {@code GenerateDataKey} of a new one. */
final class KmsDataKeys implements AutoCloseable {
    private final KmsClient client;

    KmsDataKeys(KmsClient client) {
        this.client = client;
    }

    /**
     * The file's 32-byte data key; the caller wipes it.
     *
     * @throws KeyFileException naming the KMS failure (disabled, not found, denied, unreachable, …)
     */
    byte[] unwrap(WrappedKeyFile file) throws KeyFileException {
        try {
            DecryptResponse response = PluginClassLoader.call(() -> client.decrypt(r -> r.keyId(file.kmsKeyId())
                    .ciphertextBlob(SdkBytes.fromByteArrayUnsafe(file.wrappedDataKey()))
                    .encryptionContext(file.encryptionContext())));
            byte[] dataKey = response.plaintext().asByteArrayUnsafe(); // the SDK's own array: wiping it wipes its copy
            if (dataKey.length != 32) {
                Wipe.bytes(dataKey);
                throw new KeyFileException("KMS returned a " + dataKey.length + "-byte data key, not 32");
            }
            return dataKey;
        } catch (SdkException e) {
            throw new KeyFileException("KMS Decrypt with " + file.kmsKeyId() + " failed: " + describe(e));
        }
    }

    /** A fresh AES-256 data key: plaintext (the caller wipes it) and its KMS ciphertext blob. */
    GeneratedKey generate(String kmsKeyId, Map<String, String> context) throws KeyFileException {
        try {
            GenerateDataKeyResponse response = PluginClassLoader.call(() -> client.generateDataKey(r -> r.keyId(kmsKeyId)
                    .keySpec(DataKeySpec.AES_256).encryptionContext(context)));
            return new GeneratedKey(response.plaintext().asByteArrayUnsafe(), response.ciphertextBlob().asByteArray(),
                    response.keyId());
        } catch (SdkException e) {
            throw new KeyFileException("KMS GenerateDataKey with " + kmsKeyId + " failed: " + describe(e));
        }
    }

    /**
     * A generated data key.
     *
     * @param plaintext  32 bytes; the receiver wipes them
     * @param wrapped    the KMS ciphertext blob
     * @param kmsKeyArn  the ARN of the KMS key that wrapped it
     */
    record GeneratedKey(byte[] plaintext, byte[] wrapped, String kmsKeyArn) {
        @Override
        public String toString() {
            return "GeneratedKey[" + kmsKeyArn + "]";
        }
    }

    /** One line for operators: what KMS said and what it usually means. No secrets: AWS errors carry none. */
    static String describe(SdkException failure) {
        return switch (failure) {
            case DisabledException e -> "the KMS key is disabled (DisabledException)";
            case NotFoundException e -> "the KMS key does not exist in this account/region (NotFoundException)";
            case KeyUnavailableException e -> "the KMS key is unavailable (KeyUnavailableException)";
            case KmsInvalidStateException e -> "the KMS key cannot be used in its state, e.g. pending deletion (KMSInvalidStateException)";
            case InvalidCiphertextException e -> "KMS refused the wrapped data key: damaged, or another encryption context "
                    + "(InvalidCiphertextException)";
            case IncorrectKeyException e -> "the wrapped data key was made by another KMS key than kms_key_id (IncorrectKeyException)";
            case KmsException e when "AccessDeniedException".equals(errorCode(e)) -> "access denied: the credentials lack "
                    + "the KMS permission for this key (AccessDeniedException)";
            case KmsException e -> "KMS answered HTTP " + e.statusCode() + " " + errorCode(e);
            case SdkClientException e -> "KMS cannot be reached (" + e.getClass().getSimpleName() + ": " + firstLine(e) + ")";
            default -> failure.getClass().getSimpleName() + ": " + firstLine(failure);
        };
    }

    private static String errorCode(KmsException e) {
        return e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    @Override
    public void close() {
        client.close();
    }
}
