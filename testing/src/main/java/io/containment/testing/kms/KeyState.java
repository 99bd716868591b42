package io.containment.testing.kms;

/** What a fake KMS key answers to cryptographic operations. */
public enum KeyState {
    /** Works. */
    ENABLED,
    /** {@code DisabledException} (HTTP 400), as after {@code DisableKey}. */
    DISABLED,
    /** {@code KeyUnavailableException} (HTTP 500), as a key in a disconnected custom key store. */
    UNAVAILABLE,
    /** {@code AccessDeniedException} (HTTP 400): the caller's policy does not allow the key. */
    ACCESS_DENIED
}
