package io.containment.plugins.keys.awskms;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.contract.TestPluginContext;
import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginConfig;
import io.containment.api.plugin.PluginContext;
import io.containment.testing.kms.FakeKms;
import io.containment.testing.kms.FakeKmsKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fake KMS and helpers to provision key files through it, with the real AWS SDK v2 client
 * (the plugin's own {@link KmsConnection}) — the same way {@code keys wrap-kms} writes them.
 */
final class KmsTestbed implements AutoCloseable {
    static final String ACCESS_KEY_ID = "AKIDKMSTESTBED";
    private final FakeKms kms = FakeKms.start();
    private final KmsDataKeys provisioning;

    KmsTestbed() {
        provisioning = new KmsDataKeys(connection().client());
    }

    FakeKms kms() {
        return kms;
    }

    FakeKmsKey createKey(String description) {
        return kms.createKey(description);
    }

    KmsConnection connection() {
        return new KmsConnection(Optional.of(FakeKms.REGION), Optional.of(kms.endpoint()),
                Optional.of(new KmsConnection.StaticKeys(ACCESS_KEY_ID.getBytes(), "test-secret".getBytes(), Optional.empty())), 1);
    }

    /** The aws_kms section for {@code folders}, plus {@code extra} keys. */
    Map<String, Object> config(List<Path> folders, Map<String, Object> extra) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("paths", folders.stream().map(Path::toString).toList());
        values.put("region", FakeKms.REGION);
        values.put("endpoint", kms.endpoint().toString());
        values.put("access_key_id", ACCESS_KEY_ID);
        values.put("secret_access_key", "test-secret");
        values.put("max_attempts", "1");
        values.putAll(extra);
        return values;
    }

    KeySource source(List<Path> folders, Map<String, Object> extra, PluginContext context) {
        AwsKmsKeySourceFactory factory = new AwsKmsKeySourceFactory();
        return factory.create(PluginConfig.of("key_sources.aws_kms", config(folders, extra), factory.configProperties(), null), context);
    }

    /** Writes {@code secrets} into one file under one data key of {@code kmsKey}; returns the file. */
    Path writeFile(Path folder, String name, FakeKmsKey kmsKey, List<byte[]> secrets) throws Exception {
        List<BlsPublicKey> pubkeys = new ArrayList<>();
        for (byte[] secret : secrets) {
            pubkeys.add(publicKeyOf(secret));
        }
        return writeFile(folder, name, kmsKey.keyId(), secrets, pubkeys);
    }

    /** As above, but with the given pubkeys stored next to the secrets (to store a wrong one). */
    Path writeFile(Path folder, String name, String kmsKeyId, List<byte[]> secrets, List<BlsPublicKey> pubkeys) throws Exception {
        KmsDataKeys.GeneratedKey dataKey = provisioning.generate(kmsKeyId, WrappedKeyFile.DEFAULT_CONTEXT);
        List<WrappedKeyFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < secrets.size(); i++) {
            entries.add(SecretSealing.seal(dataKey.plaintext(), pubkeys.get(i), secrets.get(i)));
        }
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        KeyFileWriter.write(target, new WrappedKeyFile(dataKey.kmsKeyArn(), WrappedKeyFile.DEFAULT_CONTEXT, dataKey.wrapped(), entries));
        return target;
    }

    static BlsPublicKey publicKeyOf(byte[] secret) throws IOException {
        ValidatorKey key = new TestPluginContext(Path.of("unused")).blsSecretKeys().fromSecret(secret.clone(), "test");
        try {
            return key.publicKey();
        } finally {
            key.destroy();
        }
    }

    @Override
    public void close() {
        provisioning.close();
        kms.close();
    }
}
