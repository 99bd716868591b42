package io.containment.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.contract.KnownKeys.KnownSignature;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link KeySource} must do, whatever holds its keys. A key-source plugin's test
 * extends this class and implements {@link #createSourceWith} by provisioning the given secrets
 * the way its source reads them (files, a KMS, a database); the suite then checks the source
 * against known-answer BLS signatures (interop keys and consensus-spec-tests vectors).
 *
 * <pre>{@code
 * class MyKeySourceTest extends KeySourceContract {
 *     protected KeySource createSourceWith(List<byte[]> secrets, Path dir, PluginContext context) {
 *         ... write or upload the secrets ...
 *         return new MyKeySourceFactory().create(PluginConfig.of(...), context);
 *     }
 * }
 * }</pre>
 */
public abstract class KeySourceContract {
    /** The keys the source is provisioned with and their known-answer signatures. */
    protected static final KnownKeys KNOWN = KnownKeys.load();

    @TempDir
    private Path tempDir;
    private KeySource source;
    private List<ValidatorKey> keys;

    /**
     * Creates a source that holds exactly these keys.
     *
     * @param secrets 32-byte big-endian BLS secret keys (fresh copies: the implementation may wipe them)
     * @param dir     an empty folder for whatever the source needs, removed after the test
     * @param context the runtime services to create the source with (real BLS)
     */
    protected abstract KeySource createSourceWith(List<byte[]> secrets, Path dir, PluginContext context)
            throws Exception;

    @BeforeEach
    final void createSource() throws Exception {
        Path dir = Files.createDirectories(tempDir.resolve("source"));
        PluginContext context = new TestPluginContext(Files.createDirectories(tempDir.resolve("data")));
        source = createSourceWith(KNOWN.secrets(), dir, context);
        keys = source.keys();
    }

    @AfterEach
    final void closeSource() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void keysAreExactlyTheProvisionedPublicKeys() {
        assertThat(keys).extracting(ValidatorKey::publicKey)
                .containsExactlyInAnyOrderElementsOf(KNOWN.publicKeys());
    }

    @Test
    void everyKeyMakesTheKnownAnswerSignatures() {
        Map<BlsPublicKey, ValidatorKey> byPublicKey = byPublicKey(keys);
        for (KnownSignature known : KNOWN.signatures()) {
            ValidatorKey key = byPublicKey.get(known.publicKey());
            assertThat(key).as("key %s", known.publicKey()).isNotNull();
            assertThat(key.sign(known.signingRoot())).as(known.source()).isEqualTo(known.signature());
        }
    }

    @Test
    void signaturesOfAnyRootVerifyUnderTheKeysPublicKey() {
        Root root = Root.fromHex("0x" + "c0ffee".repeat(10) + "c0ff");
        for (ValidatorKey key : keys) {
            BlsSignature signature = key.sign(root);
            assertThat(BlsVerification.verifies(key.publicKey(), root, signature)).as(key.origin()).isTrue();
        }
    }

    @Test
    void originIsNamedAndRevealsNoSecret() {
        for (ValidatorKey key : keys) {
            assertThat(key.origin()).isNotBlank();
            for (KnownKeys.KnownKey known : KNOWN.keys()) {
                String secretDigits = known.secretHex().substring(2).toLowerCase(Locale.ROOT);
                assertThat(key.origin().toLowerCase(Locale.ROOT)).doesNotContain(secretDigits);
                assertThat(String.valueOf(key).toLowerCase(Locale.ROOT)).doesNotContain(secretDigits);
            }
        }
    }

    @Test
    void everythingLoadsWithoutProblems() {
        assertThat(source.problems()).isEmpty();
    }

    @Test
    void noPublicKeyIsHandedOutTwice() {
        assertThat(keys).extracting(ValidatorKey::publicKey).doesNotHaveDuplicates();
    }

    @Test
    void repeatedKeysCallsReturnTheSameUsableKeys() {
        List<ValidatorKey> again = source.keys();

        assertThat(again).extracting(ValidatorKey::publicKey)
                .containsExactlyInAnyOrderElementsOf(KNOWN.publicKeys());
        assertThat(source.problems()).isEmpty();
        Map<BlsPublicKey, ValidatorKey> byPublicKey = byPublicKey(again);
        for (KnownSignature known : KNOWN.signatures()) {
            assertThat(byPublicKey.get(known.publicKey()).sign(known.signingRoot())).isEqualTo(known.signature());
        }
    }

    @Test
    void destroyedKeyNoLongerSigns() {
        KnownSignature known = KNOWN.signatures().getFirst();
        ValidatorKey key = byPublicKey(keys).get(known.publicKey());

        key.destroy();

        assertCannotSign(key, known);
    }

    @Test
    void closeDestroysEveryKeyHandedOut() {
        source.close();

        Map<BlsPublicKey, ValidatorKey> byPublicKey = byPublicKey(keys);
        for (KnownKeys.KnownKey knownKey : KNOWN.keys()) {
            KnownSignature known = KNOWN.signatures().stream()
                    .filter(s -> s.publicKey().equals(knownKey.publicKey())).findFirst().orElseThrow();
            assertCannotSign(byPublicKey.get(knownKey.publicKey()), known);
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        source.close();
        source.close();
    }

    /** Signing either fails, or yields something that is neither the right signature nor valid. */
    protected static void assertCannotSign(ValidatorKey key, KnownSignature known) {
        BlsSignature[] produced = new BlsSignature[1];
        Throwable failure = catchThrowable(() -> produced[0] = key.sign(known.signingRoot()));
        if (failure == null) {
            assertThat(produced[0]).as("signature of a destroyed key").isNotEqualTo(known.signature());
            assertThat(BlsVerification.verifies(known.publicKey(), known.signingRoot(), produced[0]))
                    .as("a destroyed key's signature verifies").isFalse();
        }
    }

    /** The known secret of a public key as lower-case hex without 0x, e.g. to search logs for leaks. */
    protected static String secretDigitsOf(BlsPublicKey publicKey) {
        return KNOWN.keys().stream().filter(k -> k.publicKey().equals(publicKey)).findFirst().orElseThrow()
                .secretHex().substring(2).toLowerCase(Locale.ROOT);
    }

    /** The keys of the source created for this test, as returned by its first {@code keys()} call. */
    protected final List<ValidatorKey> keys() {
        return keys;
    }

    /** The source created for this test. */
    protected final KeySource source() {
        return source;
    }

    private static Map<BlsPublicKey, ValidatorKey> byPublicKey(List<ValidatorKey> keys) {
        Map<BlsPublicKey, ValidatorKey> map = new HashMap<>();
        keys.forEach(k -> map.put(k.publicKey(), k));
        return map;
    }
}
