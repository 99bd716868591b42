package io.containment.plugins.keys.awskms;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.contract.BlsVerification;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.keys.BlsSecretKeys;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.Keystores;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginMetrics;
import io.containment.testing.kms.FakeKms;
import io.containment.testing.kms.FakeKmsKey;
import io.containment.testing.kms.KeyState;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys wrap-kms}: its output loads back through the aws_kms source and signs as the keystore's key does. */
class WrapKmsToolTest {
    private static final String SPEC_SECRET = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f";
    private static final BlsPublicKey SPEC_PUBKEY = BlsPublicKey.fromHex(
            "0x9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07");
    @TempDir
    Path dir;
    private KmsTestbed testbed;
    private FakeKmsKey kmsKey;
    private Path out;
    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void start() {
        testbed = new KmsTestbed();
        kmsKey = testbed.createKey("wrap");
        out = dir.resolve("kms-keys");
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void theEip2335VectorWrappedLoadsBackAndSignsAsTheKeystoresSecret() throws Exception {
        Path keystore = copyVector();

        int code = run(kmsKey.keyId(), keystore.toString());

        assertThat(code).as(stderr.toString()).isZero();
        assertThat(out.resolve(SPEC_PUBKEY.toString().substring(2) + ".json")).exists();
        assertThat(Files.readString(out.resolve(SPEC_PUBKEY.toString().substring(2) + ".json")))
                .contains(kmsKey.arn()).doesNotContain(SPEC_SECRET);
        assertThat(testbed.kms().calls("GenerateDataKey")).isEqualTo(1);
        assertThat(stdout.toString()).contains("wrapped 1 keys into 1 files");
        try (KeySource source = testbed.source(List.of(out), Map.of(), context())) {
            ValidatorKey wrapped = source.keys().getFirst();
            ValidatorKey original = context().blsSecretKeys().fromSecret(HexFormat.of().parseHex(SPEC_SECRET), "spec");
            Root root = Root.fromHex("0x" + "5a".repeat(32));

            assertThat(wrapped.publicKey()).isEqualTo(SPEC_PUBKEY);
            assertThat(wrapped.sign(root)).isEqualTo(original.sign(root));
            assertThat(BlsVerification.verifies(SPEC_PUBKEY, root, wrapped.sign(root))).isTrue();
        }
    }

    @Test
    void aBatchPutsEveryKeyInOneFileUnderOneDataKey() throws Exception {
        List<String> args = new ArrayList<>(List.of("--batch", "validators"));
        List<byte[]> secrets = AwsKmsKeySourceTest.randomSecrets(3);
        Path keystores = Files.createDirectories(dir.resolve("keystores"));
        for (int i = 0; i < secrets.size(); i++) {
            Files.writeString(keystores.resolve("k" + i + ".json"), TestKeystores.create(secrets.get(i), "pw-" + i));
            Files.writeString(keystores.resolve("k" + i + ".txt"), "pw-" + i + "\n");
        }
        Files.writeString(keystores.resolve("deposit_data-1700000000.json"), "[{\"pubkey\": \"ab\"}]");
        args.add(keystores.toString());

        assertThat(run(kmsKey.keyId(), args.toArray(String[]::new))).as(stderr.toString()).isZero();

        assertThat(out.resolve("validators.json")).exists();
        assertThat(testbed.kms().calls("GenerateDataKey")).isEqualTo(1);
        try (KeySource source = testbed.source(List.of(out), Map.of(), context())) {
            List<BlsPublicKey> expected = new ArrayList<>();
            for (byte[] secret : secrets) {
                expected.add(KmsTestbed.publicKeyOf(secret));
            }
            assertThat(source.keys()).extracting(ValidatorKey::publicKey).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aWrongPasswordWritesNothing() throws Exception {
        Path keystore = copyVector();
        Files.writeString(dir.resolve("wrong.txt"), "not the password");

        int code = run(kmsKey.keyId(), "--password-file", dir.resolve("wrong.txt").toString(), keystore.toString());

        assertThat(code).isEqualTo(1);
        assertThat(stderr.toString()).contains(keystore.toString()).contains("checksum mismatch").contains("nothing written");
        assertThat(out).doesNotExist();
        assertThat(testbed.kms().calls("GenerateDataKey")).isZero();
    }

    @Test
    void anExistingOutputFileIsNotReplaced() throws Exception {
        Path keystore = copyVector();
        Path existing = Files.createDirectories(out).resolve(SPEC_PUBKEY.toString().substring(2) + ".json");
        Files.writeString(existing, "keep me");

        assertThat(run(kmsKey.keyId(), keystore.toString())).isEqualTo(1);
        assertThat(stderr.toString()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aDisabledKmsKeyFailsNamingIt() throws Exception {
        Path keystore = copyVector();
        testbed.kms().setState(kmsKey.keyId(), KeyState.DISABLED);

        assertThat(run(kmsKey.keyId(), keystore.toString())).isEqualTo(1);
        assertThat(stderr.toString()).contains("GenerateDataKey").contains("DisabledException");
        assertThat(out.resolve(SPEC_PUBKEY.toString().substring(2) + ".json")).doesNotExist();
    }

    @Test
    void badUsageExitsTwoWithTheUsage() {
        assertThat(new WrapKmsTool().run(List.of("--out", out.toString(), "x.json"), context(), writer(stdout), writer(stderr)))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("--kms-key-id is required").contains("usage:");
        assertThat(new WrapKmsTool().run(List.of("--kms-key-id", "k", "--out", "o", "--colour", "x"), context(), writer(stdout),
                writer(stderr))).isEqualTo(2);
        assertThat(stderr.toString()).contains("unknown option --colour");
    }

    @Test
    void aConfigurationProblemIsNamedByItsOption() throws Exception {
        Path keystore = copyVector();

        int code = new WrapKmsTool().run(List.of("--kms-key-id", "k", "--out", out.toString(), "--access-key-id", "AKID",
                keystore.toString()), context(), writer(stdout), writer(stderr));

        assertThat(code).isEqualTo(2);
        assertThat(stderr.toString()).contains("--secret-access-key: is required with --access-key-id");
    }

    private int run(String kmsKeyId, String... rest) {
        List<String> args = new ArrayList<>(List.of("--kms-key-id", kmsKeyId, "--out", out.toString(),
                "--region", FakeKms.REGION, "--endpoint", testbed.kms().endpoint().toString(),
                "--access-key-id", KmsTestbed.ACCESS_KEY_ID, "--secret-access-key", "test-secret", "--max-attempts", "1"));
        args.addAll(List.of(rest));
        return new WrapKmsTool().run(args, context(), writer(stdout), writer(stderr));
    }

    private Path copyVector() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("keystores"));
        for (String name : List.of("eip2335-pbkdf2.json", "eip2335-pbkdf2.txt")) {
            try (InputStream in = getClass().getResourceAsStream("/vectors/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder.resolve("eip2335-pbkdf2.json");
    }

    private static PrintWriter writer(StringWriter target) {
        return new PrintWriter(target, true);
    }

    /** The test context plus keystore decryption, as the runtime's context offers it. */
    private PluginContext context() {
        TestPluginContext base = new TestPluginContext(dir.resolve("data"));
        return new PluginContext() {
            @Override
            public Clock clock() {
                return base.clock();
            }

            @Override
            public Path dataDir() {
                return base.dataDir();
            }

            @Override
            public Root genesisValidatorsRoot() {
                return base.genesisValidatorsRoot();
            }

            @Override
            public BlsSecretKeys blsSecretKeys() {
                return base.blsSecretKeys();
            }

            @Override
            public PluginMetrics metrics() {
                return base.metrics();
            }

            @Override
            public Keystores keystores() {
                return new TestKeystores();
            }
        };
    }
}
