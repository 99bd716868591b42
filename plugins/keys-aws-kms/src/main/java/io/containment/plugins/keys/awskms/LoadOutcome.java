package io.containment.plugins.keys.awskms;

import io.containment.api.keys.ValidatorKey;

/** What became of one stored key on a load. */
sealed interface LoadOutcome {
    /**
     * A usable key.
     *
     * @param fingerprint identifies the stored form (file, data key, ciphertext), to keep the key while it is unchanged
     * @param reused      the key of an earlier load, not decrypted again
     */
    record Loaded(ValidatorKey key, String fingerprint, boolean reused) implements LoadOutcome {
    }

    /** The key (or the whole file) could not be loaded; {@code problem} names it and why, without secrets. */
    record Failed(String problem) implements LoadOutcome {
    }
}
