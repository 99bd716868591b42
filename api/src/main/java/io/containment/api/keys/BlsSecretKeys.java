package io.containment.api.keys;

/**
 * The runtime's BLS implementation, offered to key sources that hold raw secrets, so that no
 * plugin needs its own native BLS library.
 */
public interface BlsSecretKeys {
    /**
     * Creates a signing key from a 32-byte big-endian secret scalar.
     * The array is wiped before this method returns, also when it throws.
     *
     * @param secret the secret key bytes (consumed)
     * @param origin where it came from, for logs
     * @throws IllegalArgumentException if the secret is not a valid BLS12-381 secret key
     *                                  (zero, or not below the group order); the message has no secret
     */
    ValidatorKey fromSecret(byte[] secret, String origin);
}
