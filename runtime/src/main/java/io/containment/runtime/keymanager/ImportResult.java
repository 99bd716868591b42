package io.containment.runtime.keymanager;

import java.util.Optional;

/** The outcome of one keystore of an import, in the words of the Key Manager API. */
public record ImportResult(Status status, Optional<String> message) {
    /** {@code imported | duplicate | error}. */
    public enum Status { IMPORTED, DUPLICATE, ERROR }

    static ImportResult imported() {
        return new ImportResult(Status.IMPORTED, Optional.empty());
    }

    static ImportResult duplicate(String message) {
        return new ImportResult(Status.DUPLICATE, Optional.of(message));
    }

    static ImportResult error(String message) {
        return new ImportResult(Status.ERROR, Optional.of(message));
    }
}
