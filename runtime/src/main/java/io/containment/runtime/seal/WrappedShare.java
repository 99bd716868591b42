package io.containment.runtime.seal;

import java.util.Map;
import java.util.Optional;

/**
 * One master-key share as stored: its Shamir index, the KMS key that wrapped it, what the blob holds
 * ({@link ShareLayer}), the wrapped blob and — for a quorum-mode share still awaiting its operator —
 * the SHA-256 of that operator's one-time registration token. Never a plaintext share.
 */
public record WrappedShare(int index, String keyId, ShareLayer layer, byte[] wrapped, byte[] registrationHash) {
    public WrappedShare {
        wrapped = wrapped.clone();
        registrationHash = registrationHash == null ? null : registrationHash.clone();
    }

    /** A KMS-only share. */
    public WrappedShare(int index, String keyId, byte[] wrapped) {
        this(index, keyId, ShareLayer.KMS, wrapped, null);
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    /** The registration token's hash while the operator has not registered. */
    public Optional<byte[]> registration() {
        return Optional.ofNullable(registrationHash).map(byte[]::clone);
    }

    @Override
    public byte[] registrationHash() {
        return registrationHash == null ? null : registrationHash.clone();
    }

    /**
     * The context the share is wrapped under (a KMS encryption context): binds a blob to its index
     * and to its layer, so a blob of one layer cannot stand in for another.
     */
    public Map<String, String> context() {
        return context(index, layer);
    }

    static Map<String, String> context(int index) {
        return context(index, ShareLayer.KMS);
    }

    static Map<String, String> context(int index, ShareLayer layer) {
        if (layer == ShareLayer.KMS) {
            return Map.of("purpose", "containment-chamber-master-key-share", "share_index", Integer.toString(index));
        }
        return Map.of("purpose", "containment-chamber-master-key-share", "share_index", Integer.toString(index),
                "layer", layer.wireName());
    }

    @Override
    public String toString() {
        return "WrappedShare[" + index + ", " + keyId + ", " + layer.wireName() + "]";
    }
}
