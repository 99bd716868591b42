package io.containment.api.keys;

/**
 * {@link PendingImport#commit()} found the key already stored, e.g. imported a moment ago through
 * another signer sharing the source's storage; nothing was written. The Key Manager API answers the
 * keystore {@code duplicate}, as it does for a key the signer already held.
 *
 * @since SPI 1.8
 */
public class KeyAlreadyStoredException extends KeyStorageException {
    private static final long serialVersionUID = 1L;

    public KeyAlreadyStoredException(String message) {
        super(message);
    }
}
