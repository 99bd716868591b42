package io.containment.api.seal;

import java.util.Map;

/**
 * Wraps and unwraps master-key shares with external keys (one KMS key per share). Implementations
 * never log or keep the plaintext they are given or return.
 *
 * @since SPI 1.6
 */
public interface ShareWrapper extends AutoCloseable {
    /**
     * Encrypts {@code share} under {@code keyId}, bound to {@code context} (e.g. a KMS encryption
     * context); the caller still owns and wipes {@code share}.
     *
     * @throws ShareWrapperException when the key cannot be used (unavailable, disabled, denied, unreachable)
     */
    byte[] wrap(String keyId, byte[] share, Map<String, String> context);

    /**
     * Decrypts what {@link #wrap} produced with the same key and context; the caller wipes the result.
     *
     * @throws ShareWrapperException when the key cannot be used or the blob or context does not match
     */
    byte[] unwrap(String keyId, byte[] wrapped, Map<String, String> context);

    @Override
    void close();
}
