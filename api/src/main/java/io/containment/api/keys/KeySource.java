package io.containment.api.keys;

import java.util.List;

/**
 * A set of validator keys from one place (a folder, a KMS, a database).
 * {@link #keys()} is called at startup and on every reload; it may take long (KDFs) and
 * reports files it could not load through {@link #problems()} instead of failing.
 */
public interface KeySource extends AutoCloseable {
    /** Loads (or re-loads) and returns every usable key of this source. */
    List<ValidatorKey> keys();

    /** What could not be loaded on the last {@link #keys()} call: one line per item, no secrets. */
    default List<String> problems() {
        return List.of();
    }

    /** Releases resources and destroys the keys this source handed out. */
    @Override
    void close();
}
