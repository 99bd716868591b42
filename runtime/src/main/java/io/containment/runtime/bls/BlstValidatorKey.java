package io.containment.runtime.bls;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import supranational.blst.P1;
import supranational.blst.P2;
import supranational.blst.SecretKey;

/**
 * A secret key held by blst. The scalar lives in the {@link SecretKey}'s own array only;
 * {@link #destroy()} overwrites it with zeros and refuses further signing.
 */
final class BlstValidatorKey implements ValidatorKey {
    /** The consensus specs' signature suite: BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_. */
    static final String DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

    private final SecretKey secretKey = new SecretKey();
    private final BlsPublicKey publicKey;
    private final String origin;
    private volatile boolean destroyed;

    /** The caller validated and wipes {@code secret}. */
    BlstValidatorKey(byte[] secret, String origin) {
        secretKey.from_bendian(secret);
        this.publicKey = new BlsPublicKey(new P1(secretKey).compress());
        this.origin = origin;
    }

    @Override
    public BlsPublicKey publicKey() {
        return publicKey;
    }

    @Override
    public BlsSignature sign(Root signingRoot) {
        if (destroyed) {
            throw new IllegalStateException("key " + publicKey + " was destroyed");
        }
        byte[] signature = new P2().hash_to(signingRoot.bytes(), DST).sign_with(secretKey).compress();
        return new BlsSignature(signature);
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public void destroy() {
        destroyed = true;
        secretKey.from_bendian(new byte[32]);
    }

    @Override
    public String toString() {
        return "ValidatorKey[" + publicKey + " from " + origin + "]";
    }
}
