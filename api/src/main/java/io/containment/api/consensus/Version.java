package io.containment.api.consensus;

import java.util.Arrays;

/** A 4-byte fork version; {@value #LENGTH} bytes. */
public record Version(byte[] bytes) {
    /** Length in bytes. */
    public static final int LENGTH = 4;

    public Version {
        bytes = FixedBytes.copyOf(bytes, LENGTH, "Version");
    }

    /** Parses 0x-hex of exactly {@value #LENGTH} bytes. */
    public static Version fromHex(String hex) {
        return new Version(Hex.decode(hex, LENGTH, "Version"));
    }

    /** The version from its big-endian integer form, e.g. {@code 0x04000000}. */
    public static Version of(int value) {
        return new Version(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
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
        return other instanceof Version that && Arrays.equals(bytes, that.bytes);
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
