package io.containment.runtime.http.wire;

import static io.containment.runtime.http.wire.MalformedRequestException.at;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the scalar encodings of the signing API: uint64 as decimal, bytes as 0x-hex. */
final class JsonValues {
    private static final String UINT64 = "must be a decimal uint64";

    private JsonValues() {
    }

    /** A decimal string, or a JSON number written as a non-negative integer, of at most 2**64 - 1. */
    static long uint64(JsonValue value, String path) {
        String digits = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            default -> throw at(path, UINT64);
        };
        if (digits.isEmpty() || digits.length() > 20) {
            throw at(path, digits.length() > 20 ? UINT64 + " (at most 18446744073709551615)" : UINT64);
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw at(path, UINT64);
            }
        }
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw at(path, UINT64 + " (at most 18446744073709551615)");
        }
    }

    /** 0x-prefixed hex of exactly {@code length} bytes, or of any non-zero length when {@code length} is -1. */
    static byte[] hex(JsonValue value, String path, int length) {
        String what = length < 0 ? "must be 0x-prefixed hex" : "must be 0x-prefixed hex of " + length + " bytes";
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw at(path, what);
        }
        String text = ((JsonString) value).getString();
        if (text.length() < 2 || text.charAt(0) != '0' || (text.charAt(1) != 'x' && text.charAt(1) != 'X')) {
            throw at(path, what);
        }
        int digits = text.length() - 2;
        if ((digits & 1) != 0 || (length >= 0 && digits != 2 * length) || (length < 0 && digits == 0)) {
            throw at(path, what + (digits > 0 ? ", got " + digits + " hex digits" : ""));
        }
        byte[] out = new byte[digits / 2];
        for (int i = 0; i < out.length; i++) {
            int high = nibble(text.charAt(2 + 2 * i));
            int low = nibble(text.charAt(3 + 2 * i));
            if ((high | low) < 0) {
                throw at(path, what + " (not a hex digit)");
            }
            out[i] = (byte) ((high << 4) | low);
        }
        return out;
    }

    /** The value of an ASCII hex digit, or -1: unlike Character.digit, no other scripts' digits. */
    private static int nibble(char c) {
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
