package io.containment.runtime.signing;

import io.containment.api.consensus.Root;

/** A supplied signing root differs from the one computed from the data (400). */
public final class SigningRootMismatchException extends SigningRefusal {
    private static final long serialVersionUID = 1L;

    public SigningRootMismatchException(Root supplied, Root computed) {
        super("signingRoot " + supplied + " does not match the signing root computed from the request data " + computed);
    }
}
