package io.containment.api.keys;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A set of validator keys from one place (a folder, a KMS, a database).
 * {@link #keys()} is called at startup and — through the default {@link #reload()} — on every
 * {@code POST /reload}; it may take long (KDFs) and reports items it could not load through
 * {@link #problems()} instead of failing. A source that can also import and delete keys (the Key
 * Manager API) implements {@link WritableKeySource}.
 */
public interface KeySource extends AutoCloseable {
    /** Loads (or re-loads) and returns every usable key of this source. */
    List<ValidatorKey> keys();

    /**
     * Looks for new, changed and removed keys (since SPI 1.5) and returns the complete new key set,
     * or empty when this source does not re-scan and its keys stay as they are. Keys that are not
     * in the new set must have been destroyed by the source; keys that did not change should be
     * the same objects as before (no second decryption). The default calls {@link #keys()}, as the
     * runtime did for every reload under SPI 1.0.
     */
    default Optional<List<ValidatorKey>> reload() {
        return Optional.of(keys());
    }

    /**
     * How often the runtime should call {@link #reload()} on this source alone, in the background
     * (since SPI 1.7): for sources whose keys change elsewhere, e.g. a database shared by several
     * signers. Empty (the default): only at startup and on {@code POST /reload}.
     */
    default Optional<Duration> refreshInterval() {
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
