package io.containment.api.keys;

import io.containment.api.consensus.BlsPublicKey;

/**
 * A key source that can also take keys in and give them up for good: the Ethereum Key Manager
 * API ({@code POST/DELETE /eth/v1/keystores}) imports into and deletes from such a source.
 *
 * <p>An import runs in two steps so that a request with one bad keystore writes nothing:
 * {@link #prepareImport} parses the keystore and decrypts it with the password (the password is
 * proven right, nothing is stored yet); {@link PendingImport#commit()} then persists it (the key
 * survives a restart) and makes it part of {@link #keys()}.
 *
 * <p>Keys this source reads but does not manage (e.g. files an operator placed in a read-only
 * folder) are {@linkplain #readOnly read-only}: they are listed but never deleted through the API.
 * Implementations are thread-safe.
 *
 * @since 1.5
 */
public interface WritableKeySource extends KeySource {
    /**
     * Parses an EIP-2335 keystore and decrypts it with {@code password}; writes nothing. Both
     * arrays are wiped before this method returns, also when it throws.
     *
     * @param keystoreJson the keystore document (UTF-8 JSON)
     * @param password     the password as given (UTF-8); EIP-2335 processing is the source's job
     * @throws InvalidKeystoreException when the keystore is malformed, unsupported, its password
     *                                  is wrong or its pubkey is not its secret's; the message names
     *                                  the problem and never contains the password or the secret
     */
    PendingImport prepareImport(byte[] keystoreJson, byte[] password);

    /** Whether this source holds the key but will not delete it (it is not in its managed storage). */
    boolean readOnly(BlsPublicKey publicKey);

    /**
     * Removes a managed key for good: the key is destroyed (it cannot sign afterwards, also when
     * a caller still holds it) and its stored material is deleted, so it does not come back on a
     * reload or a restart.
     *
     * @throws KeyStorageException when the stored material could not be deleted; the key is
     *                             destroyed all the same
     */
    KeyDeletion delete(BlsPublicKey publicKey);
}
