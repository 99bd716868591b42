package io.containment.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the token of an {@code Authorization} header: {@code Bearer <token>}, or {@code Basic}
 * with the token as the password (what validator clients send for {@code http://x:TOKEN@host}).
 */
final class Credentials {
    private Credentials() {
    }

    /**
     * @return the token's ASCII bytes (caller wipes), or empty when the header is malformed
     */
    static Optional<byte[]> token(String authorization) {
        String header = authorization.strip();
        int space = header.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = header.substring(0, space);
        String value = header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return wellFormed(value.getBytes(StandardCharsets.US_ASCII));
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            return basicPassword(value);
        }
        return Optional.empty();
    }

    private static Optional<byte[]> basicPassword(String value) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            for (int i = 0; i < decoded.length; i++) {
                if (decoded[i] == ':') {
                    return wellFormed(Arrays.copyOfRange(decoded, i + 1, decoded.length));
                }
            }
            return Optional.empty();
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    private static Optional<byte[]> wellFormed(byte[] token) {
        if (TokenFormat.isWellFormed(token)) {
            return Optional.of(token);
        }
        Arrays.fill(token, (byte) 0);
        return Optional.empty();
    }
}
