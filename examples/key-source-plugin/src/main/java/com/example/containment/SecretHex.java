package com.example.containment;

/** Decodes hex straight from bytes into bytes, so a secret never becomes a String. */
final class SecretHex {
    private SecretHex() {
    }

    /** The 32 bytes written as {@code 0x} + 64 hex digits in {@code text[from, to)}, or null when it is not that. */
    static byte[] decode32(byte[] text, int from, int to) {
        if (to - from != 66 || text[from] != '0' || (text[from + 1] != 'x' && text[from + 1] != 'X')) {
            return null;
        }
        byte[] secret = new byte[32];
        for (int i = 0; i < 32; i++) {
            int high = digit(text[from + 2 + 2 * i]);
            int low = digit(text[from + 3 + 2 * i]);
            if (high < 0 || low < 0) {
                java.util.Arrays.fill(secret, (byte) 0);
                return null;
            }
            secret[i] = (byte) (high << 4 | low);
        }
        return secret;
    }

    private static int digit(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
