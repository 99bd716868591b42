package io.containment.runtime.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The 256-bit master key in memory: one array, wiped by {@link #wipe()}; never printed. */
public final class MasterKey {
    static final int LENGTH = 32;
    private static final byte[] CHECK_LABEL = "containment-chamber/master-key-check/v1".getBytes(StandardCharsets.US_ASCII);
    private final byte[] bytes;
    private volatile boolean wiped;

    /** Takes ownership of {@code bytes} (no copy): the caller must not keep or wipe them. */
    MasterKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalArgumentException("a master key has " + LENGTH + " bytes");
        }
        this.bytes = bytes;
    }

    static MasterKey generate(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /** A copy for the caller, who wipes it. */
    byte[] copy() {
        if (wiped) {
            throw new IllegalStateException("the master key was wiped");
        }
        return bytes.clone();
    }

    /** HMAC-SHA256 of a fixed label under this key: stored to recognise the key when recovered. */
    byte[] check() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal(CHECK_LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Whether {@code expected} is this key's check value (constant time). */
    boolean matches(byte[] expected) {
        return MessageDigest.isEqual(check(), expected);
    }

    void wipe() {
        Arrays.fill(bytes, (byte) 0);
        wiped = true;
    }

    @Override
    public String toString() {
        return "MasterKey[***]";
    }
}
