package io.containment.runtime.lifecycle;

/** The seal state machine of SPEC §7, in order: {@code uninitialized → sealed → kms_unsealed → unsealed}. */
public enum SignerState {
    UNINITIALIZED,
    SEALED,
    KMS_UNSEALED,
    UNSEALED;

    /** The name operators see (metrics label, health detail): lower-case. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
