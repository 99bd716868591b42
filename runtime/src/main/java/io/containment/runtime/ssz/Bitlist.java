package io.containment.runtime.ssz;

import io.containment.api.consensus.Hex;
import io.containment.api.consensus.Root;
import java.util.Arrays;

/**
 * A Bitlist[limit] in its SSZ serialization: the bits little-endian, followed by one delimiter bit.
 *
 * @param serialized the SSZ bytes, ending in a non-zero byte that holds the delimiter
 * @param limit the list's maximum number of bits
 */
public record Bitlist(byte[] serialized, long limit) {
    public Bitlist {
        if (limit < 1) {
            throw new IllegalArgumentException("Bitlist limit must be positive");
        }
        if (serialized == null || serialized.length == 0 || serialized[serialized.length - 1] == 0) {
            throw new IllegalArgumentException("Bitlist must end in a byte holding the delimiter bit");
        }
        serialized = serialized.clone();
        if (length(serialized) > limit) {
            throw new IllegalArgumentException("Bitlist has more than " + limit + " bits");
        }
    }

    /** A copy of the SSZ bytes. */
    @Override
    public byte[] serialized() {
        return serialized.clone();
    }

    /** The number of bits, not counting the delimiter. */
    public long length() {
        return length(serialized);
    }

    /** hash_tree_root: mix_in_length(merkleize(pack_bits(bits), chunk limit), length). */
    public Root hashTreeRoot() {
        long bits = length();
        int dataBytes = (int) ((bits + 7) / 8);
        int chunkCount = (dataBytes + Merkle.CHUNK - 1) / Merkle.CHUNK;
        byte[] buffer = new byte[chunkCount * Merkle.CHUNK];
        System.arraycopy(serialized, 0, buffer, 0, dataBytes);
        if (dataBytes == serialized.length) {
            buffer[dataBytes - 1] &= (byte) ~(1 << (bits % 8));
        }
        byte[] root = Merkle.merkleize(buffer, chunkCount, (limit + 255) / 256);
        return new Root(Merkle.mixInLength(root, bits));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bitlist that && limit == that.limit && Arrays.equals(serialized, that.serialized);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(serialized) + Long.hashCode(limit);
    }

    @Override
    public String toString() {
        return Hex.encode(serialized);
    }

    private static long length(byte[] serialized) {
        int last = serialized[serialized.length - 1] & 0xff;
        return 8L * (serialized.length - 1) + (31 - Integer.numberOfLeadingZeros(last));
    }
}
