package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import supranational.blst.BLST_ERROR;
import supranational.blst.P1_Affine;
import supranational.blst.P2_Affine;

/** Independent BLS verification (jblst) for contract suites: Ethereum's proof-of-possession scheme. */
public final class BlsVerification {
    private static final String DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

    private BlsVerification() {
    }

    /** Whether {@code signature} is a valid signature of {@code signingRoot} by {@code publicKey}. */
    public static boolean verifies(BlsPublicKey publicKey, Root signingRoot, BlsSignature signature) {
        try {
            P1_Affine key = new P1_Affine(publicKey.bytes());
            P2_Affine point = new P2_Affine(signature.bytes());
            if (key.is_inf() || !key.in_group() || point.is_inf() || !point.in_group()) {
                return false;
            }
            return point.core_verify(key, true, signingRoot.bytes(), DST) == BLST_ERROR.BLST_SUCCESS;
        } catch (RuntimeException notAPoint) {
            return false;
        }
    }
}
