package io.containment.benchmarks.jmh;

import io.containment.api.contract.TestPluginContext;
import io.containment.api.keys.KeySource;
import io.containment.api.plugin.PluginConfig;
import io.containment.plugins.keys.filesystem.FilesystemKeySourceFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading one EIP-2335 keystore through the filesystem source with the EIP's own KDF parameters
 * (scrypt n=2^18 r=8 p=1; PBKDF2-SHA256 c=2^18): parse, KDF, checksum, AES, pubkey check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class KeystoreDecryptBenchmark {
    @Param({"scrypt", "pbkdf2"})
    public String kdf;

    private Path folder;

    @Setup
    public void keystore() throws IOException {
        folder = Files.createTempDirectory("keystore-benchmark");
        copy("eip2335-" + kdf + ".json", folder.resolve("keystore.json"));
        copy("password.txt", folder.resolve("keystore.txt"));
    }

    @Benchmark
    public int load() {
        FilesystemKeySourceFactory factory = new FilesystemKeySourceFactory();
        PluginConfig config = PluginConfig.of("key_sources.filesystem", Map.of("paths", List.of(folder.toString())),
                factory.configProperties(), folder);
        try (KeySource source = factory.create(config, new TestPluginContext(folder))) {
            int keys = source.keys().size();
            if (keys != 1) {
                throw new IllegalStateException("expected 1 key, loaded " + keys + ": " + source.problems());
            }
            return keys;
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = KeystoreDecryptBenchmark.class.getResourceAsStream("/benchmark/" + resource)) {
            Files.copy(in, target);
        }
    }
}
