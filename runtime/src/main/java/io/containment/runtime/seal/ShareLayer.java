package io.containment.runtime.seal;

import java.util.Locale;

/**
 * What a stored share's KMS blob holds. {@link #KMS}: the plaintext share (KMS-only mode).
 * {@link #PENDING_REGISTRATION}: the plaintext share of a quorum-mode operator who has not yet
 * registered a passphrase. {@link #OPERATOR}: the share sealed under the operator's passphrase
 * ({@link OperatorShareSeal}), then wrapped by KMS — two layers.
 */
public enum ShareLayer {
    KMS, PENDING_REGISTRATION, OPERATOR;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ShareLayer fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
