package io.containment.runtime.ssz;

import io.containment.api.consensus.Hex;
import java.util.Arrays;

/** An opaque 32-byte value (Bytes32, Hash32): graffiti, withdrawal credentials, proof nodes. */
public record Bytes32(byte[] bytes) {
    /** Length in bytes. */
    public static final int LENGTH = 32;

    public Bytes32 {
        bytes = copyOf(bytes);
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes32 that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Hex.encode(bytes);
    }

    private static byte[] copyOf(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("Bytes32 must be " + LENGTH + " bytes");
        }
        return bytes.clone();
    }
}
