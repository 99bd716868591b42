package io.containment.api.seal;

/**
 * Implemented by a {@link io.containment.api.keys.KeySource} whose keys are encrypted under the
 * signer's master key (e.g. DynamoDB items). While the signer is not unsealed such a source
 * returns no keys from {@code keys()}, and signing with a key the signer does not hold answers
 * 503 instead of 404.
 *
 * @since SPI 1.6
 */
public interface MasterKeyProtected {
    /**
     * The signer unsealed: derive what the source needs from {@code masterKey} (32 bytes, a copy the
     * runtime wipes when this returns; do not keep the array). {@code keys()} is called next.
     */
    void unseal(byte[] masterKey);

    /** The signer sealed: destroy every key and every secret derived from the master key, now. */
    void seal();
}
