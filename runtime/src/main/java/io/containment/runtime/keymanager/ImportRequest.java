package io.containment.runtime.keymanager;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /eth/v1/keystores}: keystores and their passwords as UTF-8 bytes (wiped by
 * {@link #wipe()}), and the optional EIP-3076 interchange.
 */
record ImportRequest(List<byte[]> keystores, List<byte[]> passwords, Optional<byte[]> slashingProtection) {
    ImportRequest {
        keystores = List.copyOf(keystores);
        passwords = List.copyOf(passwords);
    }

    void wipe() {
        keystores.forEach(bytes -> Arrays.fill(bytes, (byte) 0));
        passwords.forEach(bytes -> Arrays.fill(bytes, (byte) 0));
    }
}
