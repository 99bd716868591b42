package io.containment.plugins.keys.awskms;

import io.containment.api.contract.KeySourceContract;
import io.containment.api.keys.KeySource;
import io.containment.api.plugin.PluginContext;
import io.containment.testing.kms.FakeKmsKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The key-source contract over files written through the real AWS SDK against the fake KMS: the
 * first three keys in one batch file, the others one file each, under two KMS keys in two folders.
 */
class AwsKmsKeySourceContractTest extends KeySourceContract {
    private KmsTestbed testbed;

    @Override
    protected KeySource createSourceWith(List<byte[]> secrets, Path dir, PluginContext context) throws Exception {
        testbed = new KmsTestbed();
        FakeKmsKey first = testbed.createKey("first");
        FakeKmsKey second = testbed.createKey("second");
        Path batchFolder = dir.resolve("batch");
        Path singleFolder = dir.resolve("single");
        testbed.writeFile(batchFolder, "batch.json", first, secrets.subList(0, 3));
        for (int i = 3; i < secrets.size(); i++) {
            testbed.writeFile(singleFolder, "key-" + i + ".json", i % 2 == 0 ? first : second, List.of(secrets.get(i)));
        }
        return testbed.source(List.of(batchFolder, singleFolder), Map.of("load_concurrency", "3"), context);
    }

    @AfterEach
    void stopKms() {
        if (testbed != null) {
            testbed.close();
        }
    }
}
