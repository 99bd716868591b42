package io.containment.runtime.keystore;

import java.util.Arrays;

/** scrypt (RFC 7914) over the JDK: PBKDF2-HMAC-SHA256, ROMix with BlockMix over Salsa20/8. */
public final class Scrypt {
    private Scrypt() {
    }

    /** n a power of two; working memory 128·r·n bytes. */
    public static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int length) {
        int blockBytes = 128 * r;
        byte[] b = Pbkdf2.derive(password, salt, 1, p * blockBytes);
        int[] x = new int[32 * r];
        int[] v = new int[32 * r * n];
        int[] scratch = new int[32 * r];
        try {
            for (int i = 0; i < p; i++) {
                toInts(b, i * blockBytes, x);
                roMix(x, v, scratch, n, r);
                toBytes(x, b, i * blockBytes);
            }
            return Pbkdf2.derive(password, b, 1, length);
        } finally {
            Arrays.fill(b, (byte) 0);
            Arrays.fill(x, 0);
            Arrays.fill(v, 0);
            Arrays.fill(scratch, 0);
        }
    }

    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int words = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);
            for (int k = 0; k < words; k++) {
                x[k] ^= v[j * words + k];
            }
            blockMix(x, scratch, r);
        }
    }

    /** B → Y[0], Y[2], …, Y[1], Y[3], … with X = Salsa20/8(X ⊕ B[i]). */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] block = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, block, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                block[k] ^= b[i * 16 + k];
            }
            salsa208(block);
            int target = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(block, 0, y, target, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
        Arrays.fill(block, 0);
    }

    private static void salsa208(int[] b) {
        int[] x = b.clone();
        for (int i = 0; i < 8; i += 2) {
            x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);   x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
            x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);  x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
            x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);    x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
            x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);  x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
            x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);  x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
            x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);  x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
            x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);  x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
            x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);  x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
            x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);    x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
            x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);   x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
            x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);    x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
            x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);   x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
            x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);  x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
            x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);  x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
            x[12] ^= Integer.rotateLeft(x[15] + x[14], 7); x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
            x[14] ^= Integer.rotateLeft(x[13] + x[12], 13); x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
        }
        for (int i = 0; i < 16; i++) {
            b[i] += x[i];
        }
        Arrays.fill(x, 0);
    }

    private static void toInts(byte[] bytes, int offset, int[] ints) {
        for (int i = 0; i < ints.length; i++) {
            int o = offset + 4 * i;
            ints[i] = (bytes[o] & 0xff) | (bytes[o + 1] & 0xff) << 8 | (bytes[o + 2] & 0xff) << 16 | (bytes[o + 3] & 0xff) << 24;
        }
    }

    private static void toBytes(int[] ints, byte[] bytes, int offset) {
        for (int i = 0; i < ints.length; i++) {
            int o = offset + 4 * i;
            bytes[o] = (byte) ints[i];
            bytes[o + 1] = (byte) (ints[i] >>> 8);
            bytes[o + 2] = (byte) (ints[i] >>> 16);
            bytes[o + 3] = (byte) (ints[i] >>> 24);
        }
    }
}
