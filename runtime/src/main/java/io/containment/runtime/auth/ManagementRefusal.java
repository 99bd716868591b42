package io.containment.runtime.auth;

/** A policy or token request that cannot be carried out. {@code http.error} maps each kind to its status. */
public abstract sealed class ManagementRefusal extends RuntimeException
        permits ManagementRefusal.Invalid, ManagementRefusal.Conflict, ManagementRefusal.NotFound {
    private static final long serialVersionUID = 1L;

    protected ManagementRefusal(String message) {
        super(message, null, false, false);
    }

    /** The request is malformed or names something impossible (400). */
    public static final class Invalid extends ManagementRefusal {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }
    }

    /** It collides with what exists (409). */
    public static final class Conflict extends ManagementRefusal {
        private static final long serialVersionUID = 1L;

        public Conflict(String message) {
            super(message);
        }
    }

    /** What it names does not exist (404). */
    public static final class NotFound extends ManagementRefusal {
        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(message);
        }
    }
}
