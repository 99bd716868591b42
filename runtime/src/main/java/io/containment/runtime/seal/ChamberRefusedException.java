package io.containment.runtime.seal;

/** A chamber request that cannot be done; the message names the problem and holds no secret. */
public final class ChamberRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    /** Why, for the HTTP mapping. */
    public enum Reason {
        /** No {@code signer_state} is configured. */
        NOT_CONFIGURED,
        /** The setup token is missing or wrong. */
        BAD_TOKEN,
        /** Init was already done (here or by another instance). */
        ALREADY_INITIALIZED,
        /** The request is malformed (threshold, key ids). */
        INVALID_REQUEST,
        /** The operation does not fit the current state (e.g. unseal before init). */
        WRONG_STATE,
        /** KMS or the state store cannot do it now. */
        UNAVAILABLE
    }

    public ChamberRefusedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
