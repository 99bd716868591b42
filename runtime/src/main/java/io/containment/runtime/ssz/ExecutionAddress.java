package io.containment.runtime.ssz;

import io.containment.api.consensus.Hex;
import java.util.Arrays;

/** A 20-byte execution-layer address (ExecutionAddress, Bytes20). */
public record ExecutionAddress(byte[] bytes) {
    /** Length in bytes. */
    public static final int LENGTH = 20;

    public ExecutionAddress {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("ExecutionAddress must be " + LENGTH + " bytes");
        }
        bytes = bytes.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExecutionAddress that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Hex.encode(bytes);
    }
}
