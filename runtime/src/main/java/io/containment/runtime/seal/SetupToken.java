package io.containment.runtime.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/** The one-time init token: shown once, only its SHA-256 is kept; compared in constant time. */
final class SetupToken {
    private final byte[] hash;

    private SetupToken(byte[] hash) {
        this.hash = hash;
    }

    /** A fresh token: the holder keeps its hash, {@code printer} sees the token once. */
    static SetupToken issue(SecureRandom random, java.util.function.Consumer<String> printer) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = "cc-setup-" + HexFormat.of().formatHex(raw);
        Arrays.fill(raw, (byte) 0);
        byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
        SetupToken issued = new SetupToken(sha256(bytes));
        Arrays.fill(bytes, (byte) 0);
        printer.accept(token);
        return issued;
    }

    boolean matches(byte[] presented) {
        return MessageDigest.isEqual(hash, sha256(presented));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
