package io.containment.plugins.keys.dynamodb;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;

/** HKDF with HMAC-SHA256 (RFC 5869): extract, then expand. Intermediate keys are wiped. */
final class Hkdf {
    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /**
     * @param inputKeyMaterial IKM; read, not modified
     * @param salt             an empty array means HashLen zero bytes, as the RFC says
     * @param info             context and application specific information
     * @param length           L, at most 255 × 32 bytes
     * @return the output keying material; the caller wipes it
     */
    static byte[] sha256(byte[] inputKeyMaterial, byte[] salt, byte[] info, int length) {
        if (length <= 0 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 output length must be 1 to " + 255 * HASH_LENGTH);
        }
        WipeableKey saltKey = new WipeableKey(salt.length == 0 ? new byte[HASH_LENGTH] : salt.clone(), "HmacSHA256");
        WipeableKey pseudoRandomKey = null;
        byte[] block = new byte[0];
        byte[] output = new byte[length];
        try {
            pseudoRandomKey = new WipeableKey(hmac(saltKey).doFinal(inputKeyMaterial), "HmacSHA256");
            Mac expand = hmac(pseudoRandomKey);
            int written = 0;
            for (int counter = 1; written < length; counter++) {
                expand.update(block);
                expand.update(info);
                expand.update((byte) counter);
                Wipe.bytes(block);
                block = expand.doFinal();
                int take = Math.min(block.length, length - written);
                System.arraycopy(block, 0, output, written, take);
                written += take;
            }
            return output;
        } catch (RuntimeException e) {
            Wipe.bytes(output);
            throw e;
        } finally {
            Wipe.bytes(block);
            saltKey.destroy();
            if (pseudoRandomKey != null) {
                pseudoRandomKey.destroy();
            }
        }
    }

    private static Mac hmac(WipeableKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 refused a key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
