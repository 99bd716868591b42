package io.containment.plugins.slashing.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the database and how long to wait for it. The password is the only secret: it is
 * handed to the driver (JDBC takes it as a String) and never logged or put in a message.
 *
 * @param url              {@code jdbc:postgresql://host:port/database[?…]}
 * @param username         the role, when not in the URL
 * @param password         the role's password; wiped by {@link #wipePassword}
 * @param poolSize         connections per signer process
 * @param connectTimeout   how long to wait for a connection (TCP connect, login, a free pooled one)
 * @param statementTimeout how long one statement, or the wait for a validator's lock, may take
 */
record ConnectionSettings(String url, Optional<String> username, Optional<byte[]> password, int poolSize,
                          Duration connectTimeout, Duration statementTimeout) {
    ConnectionSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
    }

    void wipePassword() {
        password.ifPresent(bytes -> java.util.Arrays.fill(bytes, (byte) 0));
    }

    /** The URL without any password parameter, for messages. */
    String safeUrl() {
        return JdbcUrls.withoutPassword(url);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + safeUrl() + "]";
    }
}
