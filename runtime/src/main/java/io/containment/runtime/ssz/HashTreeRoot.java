package io.containment.runtime.ssz;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.List;
import java.util.function.Function;

/** hash_tree_root of basic values and of SSZ lists and vectors of containers. */
public final class HashTreeRoot {
    private HashTreeRoot() {
    }

    /** hash_tree_root of a uint64: its 8 little-endian bytes, zero-padded to a chunk. */
    public static Root ofUint64(long value) {
        return new Chunks(1).uint64(value).containerRoot();
    }

    /** hash_tree_root of a Slot (uint64). */
    public static Root of(Slot slot) {
        return ofUint64(slot.value());
    }

    /** hash_tree_root of an Epoch (uint64). */
    public static Root of(Epoch epoch) {
        return ofUint64(epoch.value());
    }

    /** hash_tree_root of List[T, limit] of composite elements, given each element's root. */
    static <T> byte[] ofList(List<T> elements, long limit, Function<T, Root> elementRoot) {
        Chunks chunks = new Chunks(elements.size());
        for (T element : elements) {
            chunks.root(elementRoot.apply(element));
        }
        return Merkle.mixInLength(chunks.merkleize(limit), elements.size());
    }

    /** hash_tree_root of List[uint64, limit]: packed four to a chunk. */
    static byte[] ofUint64List(List<Long> values, long limit) {
        int chunkCount = (values.size() + 3) / 4;
        byte[] buffer = new byte[chunkCount * Merkle.CHUNK];
        for (int i = 0; i < values.size(); i++) {
            Merkle.putUint64(buffer, 8 * i, values.get(i));
        }
        byte[] root = Merkle.merkleize(buffer, chunkCount, (limit * 8 + Merkle.CHUNK - 1) / Merkle.CHUNK);
        return Merkle.mixInLength(root, values.size());
    }
}
