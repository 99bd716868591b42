package io.containment.plugins.keys.awskms;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import io.containment.api.contract.BlsVerification;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.testing.kms.FakeKmsKey;
import io.containment.testing.kms.KeyState;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aws_kms source against the fake KMS through the real AWS SDK v2 client: loading, failures per key, reloads. */
class AwsKmsKeySourceTest {
    @TempDir
    Path dir;
    private KmsTestbed testbed;
    private FakeKmsKey kmsKey;
    private Path folder;
    private final List<KeySource> sources = new ArrayList<>();

    @BeforeEach
    void start() {
        testbed = new KmsTestbed();
        kmsKey = testbed.createKey("validators");
        folder = dir.resolve("kms-keys");
    }

    @AfterEach
    void stop() {
        sources.forEach(KeySource::close);
        testbed.close();
    }

    @Test
    void loadsEveryKeyOfManyFilesWithOneDecryptPerFile() throws Exception {
        List<byte[]> secrets = randomSecrets(24);
        for (int file = 0; file < 6; file++) {
            testbed.writeFile(folder, "batch-" + file + ".json", kmsKey, secrets.subList(file * 4, file * 4 + 4));
        }

        List<ValidatorKey> keys = source(Map.of("load_concurrency", "4")).keys();

        assertThat(keys).hasSize(24);
        assertThat(testbed.kms().calls("Decrypt")).isEqualTo(6);
        Root root = Root.fromHex("0x" + "ab".repeat(32));
        keys.forEach(key -> assertThat(BlsVerification.verifies(key.publicKey(), root, key.sign(root))).isTrue());
    }

    @Test
    void aKeySignsTheConsensusSpecTestVector() throws Exception {
        JsonObject vector = resource("sign_case_84d45c9c7cca6b92.json");
        byte[] secret = HexFormat.of().parseHex(vector.getJsonObject("input").getString("privkey").substring(2));
        testbed.writeFile(folder, "spec.json", kmsKey, List.of(secret));

        ValidatorKey key = source(Map.of()).keys().getFirst();

        assertThat(key.sign(Root.fromHex(vector.getJsonObject("input").getString("message"))))
                .isEqualTo(BlsSignature.fromHex(vector.getString("output")));
    }

    @Test
    void aStoredPubkeyThatIsNotTheSecretsIsReportedAndSkipped() throws Exception {
        List<byte[]> secrets = randomSecrets(3);
        BlsPublicKey wrong = KmsTestbed.publicKeyOf(secrets.get(2));
        testbed.writeFile(folder, "a.json", kmsKey.keyId(), secrets.subList(0, 2),
                List.of(KmsTestbed.publicKeyOf(secrets.get(0)), wrong));

        KeySource source = source(Map.of());
        List<ValidatorKey> keys = source.keys();

        assertThat(keys).extracting(ValidatorKey::publicKey).containsExactly(KmsTestbed.publicKeyOf(secrets.get(0)));
        assertThat(source.problems()).singleElement().asString()
                .contains("a.json keys[1]").contains("stored pubkey " + wrong).contains("is not the public key");
    }

    @Test
    void aDisabledKmsKeyFailsItsFilesWhileOtherKmsKeysLoad() throws Exception {
        FakeKmsKey other = testbed.createKey("other");
        testbed.writeFile(folder, "a.json", kmsKey, randomSecrets(2));
        testbed.writeFile(folder, "b.json", other, randomSecrets(1));
        testbed.kms().setState(kmsKey.keyId(), KeyState.DISABLED);

        KeySource source = source(Map.of());

        assertThat(source.keys()).hasSize(1);
        assertThat(source.problems()).hasSize(2).allSatisfy(problem -> assertThat(problem)
                .contains("a.json keys[").contains(kmsKey.arn()).contains("disabled (DisabledException)"));
    }

    @Test
    void anUnknownDeniedOrUnavailableKmsKeyIsNamedPerFile() throws Exception {
        FakeKmsKey denied = testbed.createKey("denied");
        FakeKmsKey unavailable = testbed.createKey("unavailable");
        FakeKmsKey gone = testbed.createKey("gone");
        testbed.writeFile(folder, "denied.json", denied, randomSecrets(1));
        testbed.writeFile(folder, "unavailable.json", unavailable, randomSecrets(1));
        testbed.writeFile(folder, "good.json", kmsKey, randomSecrets(1));
        Path goneFile = testbed.writeFile(folder, "gone.json", gone, randomSecrets(1));
        Files.writeString(goneFile, Files.readString(goneFile).replace(gone.keyId(), "00000000-0000-0000-0000-000000000000"));
        testbed.kms().setState(denied.keyId(), KeyState.ACCESS_DENIED);
        testbed.kms().setState(unavailable.keyId(), KeyState.UNAVAILABLE);

        KeySource source = source(Map.of());

        assertThat(source.keys()).hasSize(1);
        assertThat(source.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("denied.json").contains("AccessDeniedException"))
                .anySatisfy(p -> assertThat(p).contains("unavailable.json").contains("KeyUnavailableException"))
                .anySatisfy(p -> assertThat(p).contains("gone.json").contains("NotFoundException"));
    }

    @Test
    void aWrappedDataKeyOfAnotherKmsKeyIsReported() throws Exception {
        FakeKmsKey other = testbed.createKey("other");
        Path file = testbed.writeFile(folder, "moved.json", kmsKey, randomSecrets(1));
        Files.writeString(file, Files.readString(file).replace(kmsKey.keyId(), other.keyId()));

        KeySource source = source(Map.of());

        assertThat(source.keys()).isEmpty();
        assertThat(source.problems()).singleElement().asString().contains("moved.json").contains("IncorrectKeyException");
    }

    @Test
    void anOutageAtLoadReportsEveryKeyAndTheNextLoadRecovers() throws Exception {
        testbed.writeFile(folder, "a.json", kmsKey, randomSecrets(2));
        KeySource source = source(Map.of());
        testbed.kms().setOutage(true);

        assertThat(source.keys()).isEmpty();
        assertThat(source.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("HTTP 503"));

        testbed.kms().setOutage(false);
        assertThat(source.keys()).hasSize(2);
        assertThat(source.problems()).isEmpty();
    }

    @Test
    void aReloadKeepsUnchangedKeysWithoutKmsAndLoadsNewFiles() throws Exception {
        testbed.writeFile(folder, "a.json", kmsKey, randomSecrets(2));
        KeySource source = source(Map.of());
        List<ValidatorKey> first = source.keys();
        testbed.writeFile(folder, "b.json", kmsKey, randomSecrets(1));
        testbed.kms().setOutage(true);

        List<ValidatorKey> second = source.keys();

        assertThat(second).containsAll(first).hasSize(2);
        assertThat(source.problems()).singleElement().asString().contains("b.json").contains("HTTP 503");
        assertThat(testbed.kms().calls("Decrypt")).isEqualTo(1);
    }

    @Test
    void aRemovedFileDestroysItsKeys() throws Exception {
        Path file = testbed.writeFile(folder, "a.json", kmsKey, randomSecrets(1));
        KeySource source = source(Map.of());
        ValidatorKey key = source.keys().getFirst();
        Root root = Root.fromHex("0x" + "cd".repeat(32));
        Files.delete(file);

        assertThat(source.keys()).isEmpty();
        BlsSignature after = key.sign(root);
        assertThat(BlsVerification.verifies(key.publicKey(), root, after)).isFalse();
    }

    @Test
    void aChangedCiphertextIsReportedAndTheOthersLoad() throws Exception {
        List<byte[]> secrets = randomSecrets(2);
        Path file = testbed.writeFile(folder, "a.json", kmsKey, secrets);
        String json = Files.readString(file);
        int at = json.indexOf("\"ciphertext\": \"0x") + 17;
        Files.writeString(file, json.substring(0, at) + (json.charAt(at) == '0' ? '1' : '0') + json.substring(at + 1));

        KeySource source = source(Map.of());

        assertThat(source.keys()).hasSize(1);
        assertThat(source.problems()).singleElement().asString().contains("a.json keys[0]").contains("does not authenticate");
    }

    @Test
    void problemsAndOriginsNeverContainASecret() throws Exception {
        List<byte[]> secrets = randomSecrets(2);
        testbed.writeFile(folder, "a.json", kmsKey, secrets.subList(0, 1));
        testbed.writeFile(folder, "b.json", kmsKey.keyId(), secrets.subList(1, 2), List.of(KmsTestbed.publicKeyOf(secrets.get(0))));
        KeySource source = source(Map.of());
        List<ValidatorKey> keys = source.keys();

        for (byte[] secret : secrets) {
            String digits = HexFormat.of().formatHex(secret);
            assertThat(String.join("\n", source.problems())).doesNotContain(digits);
            keys.forEach(k -> assertThat(k.origin() + k).doesNotContain(digits));
        }
    }

    private KeySource source(Map<String, Object> extra) {
        KeySource source = testbed.source(List.of(folder), extra, new TestPluginContext(dir.resolve("data")));
        sources.add(source);
        return source;
    }

    /** Valid BLS secrets: random bytes below the group order (first byte < 0x73). */
    static List<byte[]> randomSecrets(int count) {
        SecureRandom random = new SecureRandom();
        List<byte[]> secrets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            secret[0] = (byte) (1 + random.nextInt(0x70));
            secrets.add(secret);
        }
        return secrets;
    }

    static JsonObject resource(String name) throws Exception {
        try (InputStream in = AwsKmsKeySourceTest.class.getResourceAsStream("/vectors/" + name)) {
            return Json.createReader(in).readObject();
        }
    }
}
