package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;

/** Collects the field roots of one container, in field order, and merkleizes them. */
final class Chunks {
    private final byte[] buffer;
    private int count;

    /** Room for {@code capacity} chunks. */
    Chunks(int capacity) {
        buffer = new byte[capacity * Merkle.CHUNK];
    }

    /** A uint64 field: little-endian, zero-padded. */
    Chunks uint64(long value) {
        Merkle.putUint64(buffer, next(), value);
        return this;
    }

    /** A Root / Bytes32 field, or any other 32-byte field root. */
    Chunks root(Root root) {
        return chunk(root.bytes());
    }

    /** A field whose root is the given 32 bytes. */
    Chunks chunk(byte[] root32) {
        System.arraycopy(root32, 0, buffer, next(), Merkle.CHUNK);
        return this;
    }

    /** A Bytes32 field. */
    Chunks bytes32(Bytes32 value) {
        return chunk(value.bytes());
    }

    /** An ExecutionAddress (Bytes20) field, zero-padded. */
    Chunks address(ExecutionAddress address) {
        System.arraycopy(address.bytes(), 0, buffer, next(), ExecutionAddress.LENGTH);
        return this;
    }

    /** A Version (Bytes4) field, zero-padded. */
    Chunks version(Version version) {
        System.arraycopy(version.bytes(), 0, buffer, next(), Version.LENGTH);
        return this;
    }

    /** A BLSPubkey (Bytes48) field. */
    Chunks publicKey(BlsPublicKey publicKey) {
        return chunk(Merkle.bytesRoot(publicKey.bytes()));
    }

    /** A BLSSignature (Bytes96) field. */
    Chunks signature(BlsSignature signature) {
        return chunk(Merkle.bytesRoot(signature.bytes()));
    }

    /** hash_tree_root of the container made of the chunks added so far. */
    Root containerRoot() {
        return new Root(Merkle.merkleize(buffer, count, Math.max(1, count)));
    }

    /** merkleize of the chunks added so far with the given chunk limit (lists and vectors). */
    byte[] merkleize(long limit) {
        return Merkle.merkleize(buffer, count, limit);
    }

    private int next() {
        return Merkle.CHUNK * count++;
    }
}
