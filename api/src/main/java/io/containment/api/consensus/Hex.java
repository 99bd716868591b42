package io.containment.api.consensus;

import java.util.HexFormat;

/** 0x-prefixed lower-case hex, the encoding of every byte value on the wire. */
public final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    /** Encodes with a {@code 0x} prefix. */
    public static String encode(byte[] bytes) {
        return "0x" + HEX.formatHex(bytes);
    }

    /**
     * Decodes hex with or without a {@code 0x} prefix.
     *
     * @throws IllegalArgumentException if the text is not an even number of hex digits; the
     *                                  message never repeats the input (it may be a secret)
     */
    public static byte[] decode(String text) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        if ((digits.length() & 1) != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(digits.charAt(2 * i), 16);
            int low = Character.digit(digits.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("not a hex digit at position " + (2 * i));
            }
            out[i] = (byte) ((high << 4) | low);
        }
        return out;
    }

    /** Decodes and checks the length, naming {@code what} in the error. */
    public static byte[] decode(String text, int length, String what) {
        byte[] bytes = decode(text);
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, got " + bytes.length);
        }
        return bytes;
    }
}
