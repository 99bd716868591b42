package io.containment.testing.kms;

import java.time.Instant;
import java.util.Objects;

/**
 * One symmetric encryption key of the fake KMS.
 *
 * @param keyId       the key id (a UUID)
 * @param arn         {@code arn:aws:kms:<region>:<account>:key/<keyId>}
 * @param material    the 32-byte AES-256 master material (never leaves the fake)
 * @param description what {@code CreateKey} was given
 * @param created     the creation time
 */
public record FakeKmsKey(String keyId, String arn, byte[] material, String description, Instant created) {
    public FakeKmsKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(arn, "arn");
        if (material.length != 32) {
            throw new IllegalArgumentException("master material is 32 bytes");
        }
        material = material.clone();
    }

    @Override
    public byte[] material() {
        return material.clone();
    }

    @Override
    public String toString() {
        return "FakeKmsKey[" + arn + "]";
    }
}
