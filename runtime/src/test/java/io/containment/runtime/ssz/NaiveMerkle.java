package io.containment.runtime.ssz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** A deliberately naive, independent merkleization (full tree, explicit zero chunks) to check the real one. */
final class NaiveMerkle {
    private NaiveMerkle() {
    }

    static byte[] merkleize(List<byte[]> chunks, long limit) {
        long width = 1;
        while (width < limit) {
            width *= 2;
        }
        List<byte[]> layer = new ArrayList<>(chunks);
        while (layer.size() < width) {
            layer.add(new byte[32]);
        }
        while (layer.size() > 1) {
            List<byte[]> next = new ArrayList<>();
            for (int i = 0; i < layer.size(); i += 2) {
                next.add(sha256(concat(layer.get(i), layer.get(i + 1))));
            }
            layer = next;
        }
        return layer.get(0);
    }

    static byte[] mixInLength(byte[] root, long length) {
        return sha256(concat(root, uint64Chunk(length)));
    }

    static byte[] uint64Chunk(long value) {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putLong(0, value).array();
    }

    static byte[] chunk(int... bytes) {
        byte[] out = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return out;
    }

    static byte[] concat(byte[] left, byte[] right) {
        byte[] out = new byte[left.length + right.length];
        System.arraycopy(left, 0, out, 0, left.length);
        System.arraycopy(right, 0, out, left.length, right.length);
        return out;
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
