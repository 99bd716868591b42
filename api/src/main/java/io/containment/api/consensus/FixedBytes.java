package io.containment.api.consensus;

import java.util.Arrays;

/** Checks shared by the fixed-length byte value records. */
final class FixedBytes {
    private FixedBytes() {
    }

    static byte[] copyOf(byte[] bytes, int length, String what) {
        if (bytes == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, got " + bytes.length);
        }
        return Arrays.copyOf(bytes, length);
    }
}
