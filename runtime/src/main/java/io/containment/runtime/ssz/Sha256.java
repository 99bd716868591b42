package io.containment.runtime.ssz;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, the hash of SSZ merkleization, with one reusable {@link MessageDigest} per thread. */
final class Sha256 {
    private static final MessageDigest PROTOTYPE = newDigest();
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::copyOfPrototype);

    private Sha256() {
    }

    /** This thread's digest; callers finish every update with a digest call before any other hashing. */
    static MessageDigest digest() {
        return DIGEST.get();
    }

    /** Hashes {@code length} bytes of {@code input} from {@code offset} into {@code output} at {@code outputOffset}. */
    static void hash(byte[] input, int offset, int length, byte[] output, int outputOffset) {
        MessageDigest digest = digest();
        digest.update(input, offset, length);
        finish(digest, output, outputOffset);
    }

    /** Completes the digest into 32 bytes of {@code output} at {@code offset}. */
    static void finish(MessageDigest digest, byte[] output, int offset) {
        try {
            digest.digest(output, offset, 32);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 output buffer too small", e);
        }
    }

    private static MessageDigest copyOfPrototype() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newDigest();
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
