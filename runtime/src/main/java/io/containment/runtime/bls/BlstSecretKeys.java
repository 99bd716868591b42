package io.containment.runtime.bls;

import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.ValidatorKey;
import java.util.Arrays;

/** The runtime's {@link BlsSecretKeys}: validates a secret scalar and wraps it in a {@link BlstValidatorKey}. */
public final class BlstSecretKeys implements BlsSecretKeys {
    /** The BLS12-381 group order r, big-endian. */
    private static final byte[] GROUP_ORDER = java.util.HexFormat.of().parseHex(
            "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001");

    @Override
    public ValidatorKey fromSecret(byte[] secret, String origin) {
        try {
            if (secret == null || secret.length != 32) {
                throw new IllegalArgumentException("a BLS secret key is 32 bytes");
            }
            if (isZero(secret) || !isBelowGroupOrder(secret)) {
                throw new IllegalArgumentException("not a valid BLS secret key (zero or not below the group order)");
            }
            return new BlstValidatorKey(secret, origin);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    private static boolean isZero(byte[] secret) {
        int accumulated = 0;
        for (byte b : secret) {
            accumulated |= b;
        }
        return accumulated == 0;
    }

    private static boolean isBelowGroupOrder(byte[] secret) {
        return Arrays.compareUnsigned(secret, GROUP_ORDER) < 0;
    }
}
