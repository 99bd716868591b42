package io.containment.runtime.signing;

import io.containment.api.consensus.Root;

/** The request's genesis validators root is not the configured network's (403). */
public final class WrongNetworkException extends SigningRefusal {
    private static final long serialVersionUID = 1L;

    public WrongNetworkException(Root requested, String network, Root configured) {
        super("genesis_validators_root " + requested + " is not the configured network's (" + network + ": "
                + configured + ")");
    }
}
