package io.containment.api.keys;

import io.containment.api.consensus.BlsPublicKey;
import java.util.Optional;

/**
 * A keystore that was decrypted by {@link WritableKeySource#prepareImport} and is not stored yet.
 * Either {@link #commit()} it or {@link #close()} it (which destroys the decrypted key);
 * closing after a commit does nothing.
 *
 * @since 1.5
 */
public interface PendingImport extends AutoCloseable {
    /** The public key of the decrypted secret (equal to the keystore's {@code pubkey}). */
    BlsPublicKey publicKey();

    /** The keystore's {@code path} (EIP-2334 derivation path), when it has a non-empty one. */
    Optional<String> derivationPath();

    /**
     * Stores the keystore durably and adds the key to the source's {@link KeySource#keys()}.
     *
     * @return the key, ready to sign
     * @throws KeyAlreadyStoredException when the key is already stored (since SPI 1.8): nothing was written
     * @throws KeyStorageException when it could not be stored; nothing of it remains stored and
     *                             the decrypted key is destroyed
     * @throws IllegalStateException when already committed or closed
     */
    ValidatorKey commit();

    /** Destroys the decrypted key unless it was committed. Never throws. */
    @Override
    void close();
}
