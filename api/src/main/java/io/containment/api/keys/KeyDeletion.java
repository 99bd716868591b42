package io.containment.api.keys;

/** What {@link WritableKeySource#delete} did. */
public sealed interface KeyDeletion {
    /** The key was destroyed and its stored material removed. */
    record Deleted() implements KeyDeletion {
    }

    /** This source does not hold the key. */
    record NotFound() implements KeyDeletion {
    }

    /** The source holds the key but does not manage it; nothing was changed. */
    record ReadOnly(String reason) implements KeyDeletion {
    }
}
