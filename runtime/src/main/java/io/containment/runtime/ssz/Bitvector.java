package io.containment.runtime.ssz;

import io.containment.api.consensus.Hex;
import io.containment.api.consensus.Root;
import java.util.Arrays;

/**
 * A Bitvector[length] in its SSZ serialization: ceil(length / 8) bytes, bits little-endian.
 *
 * @param bytes the SSZ bytes; bits beyond {@code length} must be zero
 * @param length the number of bits
 */
public record Bitvector(byte[] bytes, int length) {
    public Bitvector {
        if (length < 1) {
            throw new IllegalArgumentException("Bitvector length must be positive");
        }
        if (bytes == null || bytes.length != (length + 7) / 8) {
            throw new IllegalArgumentException("Bitvector[" + length + "] must be " + (length + 7) / 8 + " bytes");
        }
        if (length % 8 != 0 && (bytes[bytes.length - 1] & 0xff) >>> (length % 8) != 0) {
            throw new IllegalArgumentException("Bitvector[" + length + "] has bits set beyond its length");
        }
        bytes = bytes.clone();
    }

    /** A copy of the SSZ bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** hash_tree_root: merkleize(pack_bits(bits), limit = ceil(length / 256)). */
    public Root hashTreeRoot() {
        int chunkCount = (bytes.length + Merkle.CHUNK - 1) / Merkle.CHUNK;
        byte[] buffer = new byte[chunkCount * Merkle.CHUNK];
        System.arraycopy(bytes, 0, buffer, 0, bytes.length);
        return new Root(Merkle.merkleize(buffer, chunkCount, (length + 255L) / 256));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bitvector that && length == that.length && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + length;
    }

    @Override
    public String toString() {
        return Hex.encode(bytes);
    }
}
