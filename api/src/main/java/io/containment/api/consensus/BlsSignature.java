package io.containment.api.consensus;

import java.util.Arrays;

/** A compressed BLS12-381 G2 signature; {@value #LENGTH} bytes. */
public record BlsSignature(byte[] bytes) {
    /** Length in bytes. */
    public static final int LENGTH = 96;

    public BlsSignature {
        bytes = FixedBytes.copyOf(bytes, LENGTH, "BlsSignature");
    }

    /** Parses 0x-hex of exactly {@value #LENGTH} bytes. */
    public static BlsSignature fromHex(String hex) {
        return new BlsSignature(Hex.decode(hex, LENGTH, "BlsSignature"));
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
        return other instanceof BlsSignature that && Arrays.equals(bytes, that.bytes);
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
