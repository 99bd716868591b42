package io.containment.runtime.keymanager;

import java.util.Optional;

/** The outcome of one public key of a delete, in the words of the Key Manager API. */
public record DeleteResult(Status status, Optional<String> message) {
    /** {@code deleted | not_active | not_found | error}. */
    public enum Status { DELETED, NOT_ACTIVE, NOT_FOUND, ERROR }

    static DeleteResult of(Status status) {
        return new DeleteResult(status, Optional.empty());
    }

    static DeleteResult error(String message) {
        return new DeleteResult(Status.ERROR, Optional.of(message));
    }
}
