package io.containment.api.contract;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import supranational.blst.P1;
import supranational.blst.P2;
import supranational.blst.SecretKey;

/**
 * A {@link PluginContext} for plugin tests: a temp data dir, the system clock, mainnet's genesis
 * validators root unless given, and real BLS (jblst) behind {@link BlsSecretKeys}.
 */
public record TestPluginContext(Path dataDir, Root genesisValidatorsRoot) implements PluginContext {
    /** Mainnet's genesis validators root. */
    public static final Root MAINNET_GVR =
            Root.fromHex("0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95");

    public TestPluginContext(Path dataDir) {
        this(dataDir, MAINNET_GVR);
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public BlsSecretKeys blsSecretKeys() {
        return TestBlsKey::new;
    }

    @Override
    public PluginMetrics metrics() {
        return PluginMetrics.none();
    }

    /** A jblst-backed key for tests. */
    static final class TestBlsKey implements ValidatorKey {
        private static final String DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";
        private final SecretKey secretKey = new SecretKey();
        private final BlsPublicKey publicKey;
        private final String origin;

        TestBlsKey(byte[] secret, String origin) {
            try {
                if (secret.length != 32 || allZero(secret)) {
                    throw new IllegalArgumentException("not a valid BLS secret key");
                }
                secretKey.from_bendian(secret);
                this.publicKey = new BlsPublicKey(new P1(secretKey).compress());
                this.origin = origin;
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }

        private static boolean allZero(byte[] bytes) {
            int acc = 0;
            for (byte b : bytes) {
                acc |= b;
            }
            return acc == 0;
        }

        @Override
        public BlsPublicKey publicKey() {
            return publicKey;
        }

        @Override
        public BlsSignature sign(Root signingRoot) {
            return new BlsSignature(new P2().hash_to(signingRoot.bytes(), DST, new byte[0]).sign_with(secretKey).compress());
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public void destroy() {
            secretKey.from_bendian(new byte[32]);
        }
    }
}
