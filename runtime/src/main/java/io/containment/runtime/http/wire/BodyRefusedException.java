package io.containment.runtime.http.wire;

/** A request body refused before it is parsed: too large, not declared as JSON, badly framed. Safe to show the client. */
public final class BodyRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the body was refused. */
    public enum Reason {
        /** More than {@link RequestBodyLimits#MAX_BODY_BYTES}. */
        TOO_LARGE,
        /** A Content-Type other than JSON in UTF-8. */
        NOT_JSON,
        /** The body's HTTP framing is broken: a chunk size that is not hex, a body shorter than its Content-Length. */
        BROKEN_FRAMING
    }

    private final Reason reason;

    public BodyRefusedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
