package io.containment.runtime.seal;

import java.util.Locale;

/**
 * Where the signer stands (SPEC §7): {@code uninitialized → sealed → kms_unsealed → unsealed}, and
 * {@code seal} back to {@code sealed} from anywhere. {@link #DISABLED}: no {@code signer_state}
 * is configured, so there is no master key and nothing to seal.
 */
public enum SealState {
    DISABLED, UNINITIALIZED, AWAITING_REGISTRATION, SEALED, KMS_UNSEALED, UNSEALED;

    /** The name the API, logs and metrics use ({@code kms_unsealed}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether keys under the master key may sign. */
    public boolean canSign() {
        return this == UNSEALED;
    }
}
