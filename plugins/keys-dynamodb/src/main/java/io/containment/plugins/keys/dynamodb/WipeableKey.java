package io.containment.plugins.keys.dynamodb;

import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A symmetric key the JDK's ciphers and MACs accept directly, unlike a {@code SecretKeySpec}
 * (which keeps a copy that cannot be wiped): {@link #getEncoded()} hands out a copy the JDK
 * provider wipes after use, and {@link #destroy()} overwrites the one array this object holds.
 * Never serialised, never printed.
 */
final class WipeableKey implements SecretKey {
    @Serial
    private static final long serialVersionUID = 1L;
    private final transient byte[] bytes;
    private final String algorithm;
    private volatile boolean destroyed;

    /** Takes ownership of {@code bytes} (no copy): the caller must not keep or wipe them. */
    WipeableKey(byte[] bytes, String algorithm) {
        this.bytes = bytes;
        this.algorithm = algorithm;
    }

    @Override
    public String getAlgorithm() {
        return algorithm;
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    /** A copy of the key; the JDK providers wipe theirs. @throws IllegalStateException once destroyed */
    @Override
    public byte[] getEncoded() {
        if (destroyed) {
            throw new IllegalStateException("the key was destroyed");
        }
        return bytes.clone();
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return algorithm + " key [***]";
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotSerializableException {
        throw new NotSerializableException("a secret key is never serialised");
    }
}
