package io.containment.runtime.signing;

/** Why a signing request gets no signature. {@code http.error} maps each kind to its status. */
public abstract sealed class SigningRefusal extends RuntimeException
        permits UnknownKeyException, WrongNetworkException, SigningRootMismatchException, SlashingRefusedException,
        SealedKeyException {
    private static final long serialVersionUID = 1L;

    protected SigningRefusal(String message) {
        super(message, null, false, false);
    }
}
