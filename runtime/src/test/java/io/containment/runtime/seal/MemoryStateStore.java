package io.containment.runtime.seal;

import io.containment.api.seal.SignerStateStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The seal record in memory; survives "restarts" when the same instance is handed to a new chamber. */
final class MemoryStateStore implements SignerStateStore {
    final AtomicReference<String> record = new AtomicReference<>();

    @Override
    public Optional<String> read() {
        return Optional.ofNullable(record.get());
    }

    @Override
    public boolean create(String value) {
        return record.compareAndSet(null, value);
    }

    @Override
    public boolean replace(String expected, String replacement) {
        return expected != null && record.compareAndSet(expected, replacement);
    }

    @Override
    public void close() {
    }
}
