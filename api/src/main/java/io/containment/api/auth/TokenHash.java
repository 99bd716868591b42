package io.containment.api.auth;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * HMAC-SHA256 of a token under the signer's hash key: the only form in which a token is stored.
 * Equality is constant-time; the hex form is safe to store and to use as a lookup key.
 */
public final class TokenHash {
    /** Length of an HMAC-SHA256 output. */
    public static final int LENGTH = 32;
    private final byte[] bytes;

    private TokenHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps (a copy of) 32 bytes. */
    public static TokenHash of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a token hash is " + LENGTH + " bytes");
        }
        return new TokenHash(bytes.clone());
    }

    /** Parses 64 lower- or upper-case hex digits (no prefix). */
    public static TokenHash fromHex(String hex) {
        if (hex == null || hex.length() != LENGTH * 2) {
            throw new IllegalArgumentException("a token hash is " + LENGTH * 2 + " hex digits");
        }
        return new TokenHash(HexFormat.of().parseHex(hex));
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** 64 lower-case hex digits. */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenHash that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TokenHash[" + toHex().substring(0, 8) + "…]";
    }
}
