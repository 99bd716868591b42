package io.containment.runtime.signing;

import io.containment.api.consensus.BlsPublicKey;

/** The key may be one under the master key and the signer is sealed (503). */
public final class SealedKeyException extends SigningRefusal {
    private static final long serialVersionUID = 1L;

    public SealedKeyException(BlsPublicKey publicKey) {
        super("the signer is sealed: no key loaded for public key " + publicKey + "; keys under the master key sign "
                + "only when unsealed");
    }
}
