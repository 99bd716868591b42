package io.containment.plugins.keys.filesystem;

/** Hex private keys from char arrays, without a String and without echoing the input in errors. */
final class SecretHex {
    private static final int SECRET_LENGTH = 32;

    private SecretHex() {
    }

    /**
     * Decodes {@code 0x}-prefixed (or bare) hex of at most 32 bytes, left-padded with zeros to 32
     * (as Web3Signer reads {@code privateKey}). The caller wipes {@code digits} and the result.
     */
    static byte[] decode32(char[] digits) throws KeyFileException {
        int start = digits.length >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X') ? 2 : 0;
        int count = digits.length - start;
        if (count == 0) {
            throw new KeyFileException("privateKey is empty");
        }
        if (count % 2 != 0) {
            throw new KeyFileException("privateKey has an odd number of hex digits");
        }
        if (count / 2 > SECRET_LENGTH) {
            throw new KeyFileException("privateKey is longer than 32 bytes");
        }
        byte[] secret = new byte[SECRET_LENGTH];
        int offset = SECRET_LENGTH - count / 2;
        for (int i = 0; i < count; i += 2) {
            int high = Character.digit(digits[start + i], 16);
            int low = Character.digit(digits[start + i + 1], 16);
            if (high < 0 || low < 0) {
                Wipe.bytes(secret);
                throw new KeyFileException("privateKey is not hex");
            }
            secret[offset + i / 2] = (byte) ((high << 4) | low);
        }
        return secret;
    }
}
