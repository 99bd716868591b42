package io.containment.api.consensus;

import java.util.Arrays;

/** A 32-byte signature domain (compute_domain); {@value #LENGTH} bytes. */
public record Domain(byte[] bytes) {
    /** Length in bytes. */
    public static final int LENGTH = 32;

    public Domain {
        bytes = FixedBytes.copyOf(bytes, LENGTH, "Domain");
    }

    /** Parses 0x-hex of exactly {@value #LENGTH} bytes. */
    public static Domain fromHex(String hex) {
        return new Domain(Hex.decode(hex, LENGTH, "Domain"));
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** 0x-prefixed hex. */
    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Domain that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
