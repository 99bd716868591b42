package io.containment.api.consensus;

/** Parsing of uint64 values written as decimal strings, as the consensus APIs do. */
public final class UInt64 {
    private UInt64() {
    }

    /**
     * Parses a decimal uint64 into a {@code long} holding the same 64 bits.
     *
     * @throws IllegalArgumentException naming {@code what} if the text is not a decimal uint64
     */
    public static long parse(String decimal, String what) {
        if (decimal == null || decimal.isEmpty() || decimal.length() > 20) {
            throw new IllegalArgumentException(what + " must be a decimal uint64");
        }
        for (int i = 0; i < decimal.length(); i++) {
            char c = decimal.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(what + " must be a decimal uint64");
            }
        }
        try {
            return Long.parseUnsignedLong(decimal);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is out of the uint64 range");
        }
    }
}
