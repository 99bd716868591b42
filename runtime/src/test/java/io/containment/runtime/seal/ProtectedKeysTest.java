package io.containment.runtime.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.bls.BlstSecretKeys;
import io.containment.runtime.keys.KeyRegistry;
import io.containment.runtime.plugins.KeySources;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys under the master key: absent while sealed (signing them is a sealed refusal, 503), loaded
 * when unsealed, wiped at seal — while keys of an ordinary source keep signing throughout. After
 * seal a heap dump holds neither the master key nor any protected secret.
 */
class ProtectedKeysTest {
    @TempDir
    Path dir;
    final ChamberTest setup = new ChamberTest();
    final BlstSecretKeys bls = new BlstSecretKeys();

    @Test
    void protectedKeysSignOnlyWhileUnsealedAndLeaveNoTraceAfterSeal() throws Exception {
        ProtectedKeySource protectedSource = new ProtectedKeySource(bls, List.of(secret(), secret()));
        ValidatorKey plainKey = bls.fromSecret(secret(), "plain");
        KeySource plainSource = new KeySource() {
            @Override
            public List<ValidatorKey> keys() {
                return List.of(plainKey);
            }

            @Override
            public void close() {
            }
        };
        KeyRegistry registry = new KeyRegistry(new KeySources(List.of(new KeySources.Named("protected", protectedSource),
                new KeySources.Named("plain", plainSource))));
        registry.load();
        Chamber chamber = setup.start();
        chamber.addListener(registry.sealListener());
        assertThat(registry.publicKeys()).containsExactly(plainKey.publicKey());
        assertThat(registry.protectedKeysSealed()).isTrue();

        chamber.init(setup.token(), ChamberTest.KEYS, 2);
        List<BlsPublicKey> protectedKeys = protectedSource.publicKeys();
        assertThat(protectedKeys).hasSize(2);
        assertThat(registry.publicKeys()).containsExactlyInAnyOrder(plainKey.publicKey(), protectedKeys.get(0), protectedKeys.get(1));
        assertThat(registry.protectedKeysSealed()).isFalse();
        ValidatorKey held = registry.find(protectedKeys.get(0)).orElseThrow();
        held.sign(Root.zero());
        Path unsealedDump = dump("unsealed.hprof");

        chamber.seal("test");
        Path sealedDump = dump("sealed.hprof");
        assertThat(registry.publicKeys()).containsExactly(plainKey.publicKey());
        assertThat(registry.protectedKeysSealed()).isTrue();
        assertThat(registry.find(protectedKeys.get(0))).isEmpty();
        assertThatThrownBy(() -> held.sign(Root.zero())).as("wiped, not just forgotten").isInstanceOf(IllegalStateException.class);
        registry.find(plainKey.publicKey()).orElseThrow().sign(Root.zero());

        byte[] master = setup.recoverMasterKey(SealRecord.fromJson(setup.store.read().orElseThrow()));
        List<byte[]> secrets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            secrets.add(protectedSource.decrypt(master, i));
        }
        byte[] unsealed = Files.readAllBytes(unsealedDump); // the control that the search finds what is there
        byte[] sealed = Files.readAllBytes(sealedDump);
        assertThat(SealHeapDumpTest.contains(unsealed, master)).as("control: master key in the unsealed heap").isTrue();
        assertThat(SealHeapDumpTest.contains(sealed, master)).as("master key after seal").isFalse();
        // jblst keeps the scalar in a Java long[4] (little-endian limbs): the control finds the held
        // key's secret in that form; after the seal no form of any protected secret is left
        assertThat(containsAnyForm(unsealed, secrets.get(0))).as("control: the held key's secret in the unsealed heap").isTrue();
        for (byte[] secret : secrets) {
            assertThat(containsAnyForm(sealed, secret)).as("protected secret after seal").isFalse();
        }

        chamber.unsealWithKmsOrRefuse("test");
        assertThat(registry.find(protectedKeys.get(1))).isPresent();
    }

    /**
     * Whether the dump holds the 32-byte big-endian secret as given, byte-reversed, or as jblst keeps
     * it: a {@code long[4]} of little-endian limbs, which HPROF writes big-endian, so the secret's
     * 8-byte chunks in reverse order.
     */
    private static boolean containsAnyForm(byte[] haystack, byte[] secret) {
        byte[] reversed = new byte[secret.length];
        for (int i = 0; i < secret.length; i++) {
            reversed[i] = secret[secret.length - 1 - i];
        }
        byte[] limbs = new byte[32];
        for (int limb = 0; limb < 4; limb++) {
            System.arraycopy(secret, 24 - 8 * limb, limbs, 8 * limb, 8);
        }
        return SealHeapDumpTest.contains(haystack, secret) || SealHeapDumpTest.contains(haystack, reversed)
                || SealHeapDumpTest.contains(haystack, limbs);
    }

    private Path dump(String name) throws Exception {
        Path file = dir.resolve(name);
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
        return file;
    }

    /** A valid BLS secret (below the group order): random with a small first byte. */
    private static byte[] secret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        secret[0] = (byte) (1 + (secret[0] & 0x3f));
        return secret;
    }
}
