package io.containment.runtime.keystore;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** PBKDF2-HMAC-SHA256 (RFC 8018) over a byte[] password, written out so intermediates can be wiped. */
final class Pbkdf2 {
    private static final int HASH_LENGTH = 32;

    private Pbkdf2() {
    }

    static byte[] derive(byte[] password, byte[] salt, int iterations, int length) {
        Mac hmac = hmac(password);
        byte[] u = new byte[HASH_LENGTH];
        byte[] t = new byte[HASH_LENGTH];
        byte[] derived = new byte[length];
        try {
            for (int block = 1, offset = 0; offset < length; block++, offset += HASH_LENGTH) {
                hmac.update(salt);
                hmac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                hmac.doFinal(u, 0);
                System.arraycopy(u, 0, t, 0, HASH_LENGTH);
                for (int i = 1; i < iterations; i++) {
                    hmac.update(u);
                    hmac.doFinal(u, 0);
                    for (int j = 0; j < HASH_LENGTH; j++) {
                        t[j] ^= u[j];
                    }
                }
                System.arraycopy(t, 0, derived, offset, Math.min(HASH_LENGTH, length - offset));
            }
            return derived;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 output fits its buffer", e);
        } finally {
            Arrays.fill(u, (byte) 0);
            Arrays.fill(t, (byte) 0);
        }
    }

    /** HMAC pads its key with zeros, so an empty password is the one-zero-byte key (SecretKeySpec refuses empty keys). */
    private static Mac hmac(byte[] password) {
        byte[] key = password.length == 0 ? new byte[1] : password;
        SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256"); // copies the key; left to the GC
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(spec);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
