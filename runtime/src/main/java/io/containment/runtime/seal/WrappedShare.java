package io.containment.runtime.seal;

import java.util.Map;

/**
 * One master-key share as stored: its Shamir index, the key that wrapped it and the wrapped blob.
 * Never the plaintext share.
 */
public record WrappedShare(int index, String keyId, byte[] wrapped) {
    public WrappedShare {
        wrapped = wrapped.clone();
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    /** The context the share is wrapped under (a KMS encryption context): binds a blob to its index. */
    public Map<String, String> context() {
        return context(index);
    }

    static Map<String, String> context(int index) {
        return Map.of("purpose", "containment-chamber-master-key-share", "share_index", Integer.toString(index));
    }

    @Override
    public String toString() {
        return "WrappedShare[" + index + ", " + keyId + "]";
    }
}
