package io.containment.runtime.backpressure;

/** No signing slot for this request (503 with Retry-After); nothing was signed or recorded. */
public final class OverloadedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    /** Why the request was turned away. */
    public enum Reason {
        /** Every signing slot is busy and the queue is full. */
        QUEUE_FULL("overloaded"),
        /** The request waited for a slot longer than the request timeout. */
        TIMED_OUT("timeout"),
        /** The signer is shutting down and drains what it already accepted. */
        SHUTTING_DOWN("shutting_down");

        private final String outcome;

        Reason(String outcome) {
            this.outcome = outcome;
        }

        /** The outcome name used in audit lines and the metrics {@code status} label. */
        public String outcome() {
            return outcome;
        }
    }

    public OverloadedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }
}
