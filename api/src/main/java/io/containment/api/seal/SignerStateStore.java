package io.containment.api.seal;

import java.util.Optional;

/**
 * Persists the seal record (the state machine's durable part: mode, threshold, wrapped shares and
 * integrity data) as one opaque UTF-8 document the runtime writes and reads. It never holds a
 * plaintext secret. Several signer instances may share one store.
 *
 * @since SPI 1.6
 */
public interface SignerStateStore extends AutoCloseable {
    /** The stored record, or empty before initialisation. */
    Optional<String> read();

    /**
     * Stores the first record atomically.
     *
     * @return false (and changes nothing) when a record already exists: another init won
     */
    boolean create(String record);

    /**
     * Replaces the stored record atomically when it is still exactly {@code expected} (a
     * compare-and-set: registration and init on several instances race through it).
     *
     * @return false (and changes nothing) when the stored record is not {@code expected} or absent
     * @throws UnsupportedOperationException when this store cannot update (stores written for SPI 1.6);
     *         the runtime then refuses the operations that need it with a clear message
     * @since SPI 1.7
     */
    default boolean replace(String expected, String replacement) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot update the seal record (SPI 1.6 store)");
    }

    /** Whether the store answers, with a short detail for {@code /healthcheck}. */
    default String describe() {
        return getClass().getSimpleName();
    }

    @Override
    void close();
}
