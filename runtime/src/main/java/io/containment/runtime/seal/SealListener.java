package io.containment.runtime.seal;

/** Told by the {@link Chamber} when the master key becomes available and when it is wiped. */
public interface SealListener {
    /** The master key as a copy the chamber wipes when this returns; do not keep the array. */
    void unsealed(byte[] masterKey);

    /** The master key was wiped: drop everything derived from it, now. */
    void sealed();
}
