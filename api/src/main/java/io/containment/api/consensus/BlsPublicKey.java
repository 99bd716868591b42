package io.containment.api.consensus;

import java.util.Arrays;

/** A compressed BLS12-381 G1 public key; {@value #LENGTH} bytes. */
public record BlsPublicKey(byte[] bytes) {
    /** Length in bytes. */
    public static final int LENGTH = 48;

    public BlsPublicKey {
        bytes = FixedBytes.copyOf(bytes, LENGTH, "BlsPublicKey");
    }

    /** Parses 0x-hex of exactly {@value #LENGTH} bytes. */
    public static BlsPublicKey fromHex(String hex) {
        return new BlsPublicKey(Hex.decode(hex, LENGTH, "BlsPublicKey"));
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
        return other instanceof BlsPublicKey that && Arrays.equals(bytes, that.bytes);
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
