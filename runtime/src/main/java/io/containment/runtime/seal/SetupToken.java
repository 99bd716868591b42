package io.containment.runtime.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One-time tokens of the ceremony — the setup token (init) and the operators' registration
 * tokens: 256 random bits, shown once; only their SHA-256 is stored; compared in constant time.
 */
final class SetupToken {
    private SetupToken() {
    }

    /** A fresh token and its hash; the token is for the operator's eyes once. */
    record Issued(String token, byte[] hash) {
        @Override
        public String toString() {
            return "Issued[***]";
        }
    }

    static Issued issue(SecureRandom random, String prefix) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = prefix + HexFormat.of().formatHex(raw);
        Arrays.fill(raw, (byte) 0);
        byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
        byte[] hash = sha256(bytes);
        Arrays.fill(bytes, (byte) 0);
        return new Issued(token, hash);
    }

    /** Whether {@code presented} hashes to {@code storedHash} (constant time; false for null). */
    static boolean matches(byte[] storedHash, byte[] presented) {
        return storedHash != null && presented != null && MessageDigest.isEqual(storedHash, sha256(presented));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
