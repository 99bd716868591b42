package io.containment.runtime.ssz;

import java.security.MessageDigest;

/** The SSZ merkleization primitives: {@code merkleize} with zero-hash padding and {@code mix_in_length}. */
final class Merkle {
    /** Bytes per chunk (BYTES_PER_CHUNK). */
    static final int CHUNK = 32;
    /** Deepest tree supported: limits up to 2**40 chunks. */
    private static final int MAX_DEPTH = 40;
    private static final byte[][] ZERO_HASHES = zeroHashes();

    private Merkle() {
    }

    /**
     * merkleize(chunks, limit): the root of {@code count} chunks packed at the start of {@code buffer},
     * padded with zero chunks up to the next power of two of {@code limit}. Overwrites {@code buffer}.
     */
    static byte[] merkleize(byte[] buffer, int count, long limit) {
        if (limit < 1 || count < 0 || count > limit || buffer.length < count * CHUNK) {
            throw new IllegalArgumentException("cannot merkleize " + count + " chunks with limit " + limit);
        }
        int depth = 64 - Long.numberOfLeadingZeros(limit - 1);
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("limit " + limit + " exceeds 2**" + MAX_DEPTH + " chunks");
        }
        if (count == 0) {
            return ZERO_HASHES[depth].clone();
        }
        MessageDigest digest = Sha256.digest();
        int nodes = count;
        for (int level = 0; level < depth; level++) {
            int parents = (nodes + 1) >>> 1;
            for (int i = 0; i < parents; i++) {
                int left = 2 * i * CHUNK;
                if (2 * i + 1 < nodes) {
                    digest.update(buffer, left, 2 * CHUNK);
                } else {
                    digest.update(buffer, left, CHUNK);
                    digest.update(ZERO_HASHES[level]);
                }
                Sha256.finish(digest, buffer, i * CHUNK);
            }
            nodes = parents;
        }
        byte[] root = new byte[CHUNK];
        System.arraycopy(buffer, 0, root, 0, CHUNK);
        return root;
    }

    /** mix_in_length(root, length): sha256(root ‖ uint64-le(length) padded to a chunk). */
    static byte[] mixInLength(byte[] root, long length) {
        byte[] pair = new byte[2 * CHUNK];
        System.arraycopy(root, 0, pair, 0, CHUNK);
        putUint64(pair, CHUNK, length);
        byte[] out = new byte[CHUNK];
        Sha256.hash(pair, 0, 2 * CHUNK, out, 0);
        return out;
    }

    /** The root of a fixed-length byte vector: its bytes packed into zero-padded chunks, merkleized. */
    static byte[] bytesRoot(byte[] bytes) {
        int chunks = Math.max(1, (bytes.length + CHUNK - 1) / CHUNK);
        if (chunks == 1) {
            byte[] root = new byte[CHUNK];
            System.arraycopy(bytes, 0, root, 0, bytes.length);
            return root;
        }
        byte[] buffer = new byte[chunks * CHUNK];
        System.arraycopy(bytes, 0, buffer, 0, bytes.length);
        return merkleize(buffer, chunks, chunks);
    }

    /** Writes {@code value} as 8 little-endian bytes at {@code offset}. */
    static void putUint64(byte[] buffer, int offset, long value) {
        for (int i = 0; i < 8; i++) {
            buffer[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** The root of an all-zero tree of the given depth (zerohashes[depth]); a copy. */
    static byte[] zeroHash(int depth) {
        return ZERO_HASHES[depth].clone();
    }

    private static byte[][] zeroHashes() {
        byte[][] hashes = new byte[MAX_DEPTH + 1][];
        hashes[0] = new byte[CHUNK];
        byte[] pair = new byte[2 * CHUNK];
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            System.arraycopy(hashes[depth - 1], 0, pair, 0, CHUNK);
            System.arraycopy(hashes[depth - 1], 0, pair, CHUNK, CHUNK);
            hashes[depth] = new byte[CHUNK];
            Sha256.hash(pair, 0, 2 * CHUNK, hashes[depth], 0);
        }
        return hashes;
    }
}
