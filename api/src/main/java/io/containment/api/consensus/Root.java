package io.containment.api.consensus;

import java.util.Arrays;

/** A 32-byte SSZ root (hash_tree_root or signing root); {@value #LENGTH} bytes. */
public record Root(byte[] bytes) {
    /** Length in bytes. */
    public static final int LENGTH = 32;

    public Root {
        bytes = FixedBytes.copyOf(bytes, LENGTH, "Root");
    }

    /** Parses 0x-hex of exactly {@value #LENGTH} bytes. */
    public static Root fromHex(String hex) {
        return new Root(Hex.decode(hex, LENGTH, "Root"));
    }

    /** The all-zero root ({@code Root()} in the specs). */
    public static Root zero() {
        return new Root(new byte[LENGTH]);
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
        return other instanceof Root that && Arrays.equals(bytes, that.bytes);
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
