package io.containment.runtime.signing;

import io.containment.api.consensus.BlsPublicKey;

/** No loaded key has this public key (404). */
public final class UnknownKeyException extends SigningRefusal {
    private static final long serialVersionUID = 1L;

    public UnknownKeyException(BlsPublicKey publicKey) {
        super("no key loaded for public key " + publicKey);
    }
}
