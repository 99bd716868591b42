package io.containment.api.auth;

/** Storage for policies and token hashes. Its operations arrive with the auth SPI (minor version bump). */
public interface AuthBackend extends AutoCloseable {
    @Override
    void close();
}
