package io.containment.api.keys;

import java.util.List;
import java.util.Optional;

/**
 * A set of validator keys from one place (a folder, a KMS, a database).
 * {@link #keys()} is called at startup, {@link #reload()} on every {@code POST /reload}; both may
 * take long (KDFs) and report items they could not load through {@link #problems()} instead of
 * failing. A source that can also import and delete keys implements {@link WritableKeySource}.
 */
public interface KeySource extends AutoCloseable {
    /** Loads (or re-loads) and returns every usable key of this source. */
    List<ValidatorKey> keys();

    /**
     * Looks for new, changed and removed keys (since SPI 1.1). Returns the complete new key set,
     * or empty when this source does not re-scan and its keys stay as they are (the default).
     * Keys that are not in the new set must have been destroyed by the source; keys that did not
     * change should be the same objects as before (no second decryption).
     */
    default Optional<List<ValidatorKey>> reload() {
        return Optional.empty();
    }

    /** What could not be loaded on the last {@link #keys()} call: one line per item, no secrets. */
    default List<String> problems() {
        return List.of();
    }

    /** Releases resources and destroys the keys this source handed out. */
    @Override
    void close();
}
