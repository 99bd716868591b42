package io.containment.plugins.keys.filesystem;

/** The outcome of loading one entry. */
sealed interface LoadResult {
    /** A usable key; {@code reused} when it is the key of an earlier load whose files did not change. */
    record Loaded(LoadedKey key, boolean reused) implements LoadResult {
    }

    /** The entry could not be loaded; {@code reason} has no secret. */
    record Failed(String origin, String reason) implements LoadResult {
        String problem() {
            return origin + ": " + reason;
        }
    }
}
