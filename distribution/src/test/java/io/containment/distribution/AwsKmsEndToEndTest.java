package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.kms.FakeKms;
import io.containment.testing.kms.FakeKmsKey;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys-aws-kms zip inside the real distribution, against a fake KMS in this JVM: {@code keys
 * wrap-kms} turns keystores into KMS-wrapped files (runtime EIP-2335 decryption, AWS SDK inside the
 * plugin's class loader), then the signer loads them from the {@code aws_kms} source and signs the
 * independent vectors.
 */
class AwsKmsEndToEndTest {
    private static final String SPEC_PUBKEY =
            "0x9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07";
    @TempDir
    Path work;

    @Test
    void keystoresWrappedWithWrapKmsAreServedByTheAwsKmsSource() throws Exception {
        JsonObject vectors = TestResources.jsonResource("/e2e/cases.json");
        JsonObject firstCase = vectors.getJsonArray("cases").getJsonObject(0);
        String pubkey = firstCase.getString("pubkey");
        Path keystores = Files.createDirectories(work.resolve("keystores"));
        copy("eip2335-pbkdf2.json", keystores);
        copy("eip2335-pbkdf2.txt", keystores);
        Files.writeString(keystores.resolve("interop.json"), Eip2335Writer.pbkdf2(
                HexFormat.of().parseHex(firstCase.getString("secret_key").substring(2)), pubkey, "interop password"));
        Files.writeString(keystores.resolve("interop.txt"), "interop password\n");

        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        assertThat(dist.home().resolve("plugins")).isDirectoryContaining("glob:**keys-aws-kms*.zip");
        try (var lib = Files.list(dist.home().resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString())).as("AWS SDK jars belong in the plugin zip only")
                    .noneMatch(name -> name.matches("(kms|sdk-core|aws-core|aws-json-protocol|url-connection-client|auth|regions)-2\\..*"));
        }
        try (FakeKms kms = FakeKms.start(); dist) {
            FakeKmsKey kmsKey = kms.createKey("distribution test");
            Path out = work.resolve("kms-keys");
            Path log = work.resolve("wrap.log");
            Process wrap = dist.launch(log, "keys", "wrap-kms", "--kms-key-id", kmsKey.keyId(), "--out", out.toString(),
                    "--region", FakeKms.REGION, "--endpoint", kms.endpoint().toString(), "--access-key-id", "AKIDE2E",
                    "--secret-access-key", "e2e-secret", keystores.toString());
            assertThat(wrap.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(wrap.exitValue()).as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains("wrapped 2 keys into 2 files");

            int port = RunningDistribution.freePort();
            Path config = work.resolve("config.yaml");
            Files.writeString(config, """
                    server: { listen_address: 127.0.0.1, listen_port: %d }
                    data_dir: %s
                    key_sources:
                      aws_kms:
                        paths: [%s]
                        region: %s
                        endpoint: %s
                        access_key_id: AKIDE2E
                        secret_access_key: e2e-secret
                    """.formatted(port, work.resolve("data"), out, FakeKms.REGION, kms.endpoint()));
            dist.startServer(config, port, work.resolve("server.log"));

            assertThat(dist.get("/api/v1/eth2/publicKeys").body()).contains(SPEC_PUBKEY).contains(pubkey);
            List<JsonObject> cases = new ArrayList<>();
            vectors.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("pubkey").equals(pubkey)).forEach(cases::add);
            assertThat(cases).isNotEmpty();
            for (JsonObject c : cases) {
                HttpResponse<String> response = dist.post("/api/v1/eth2/sign/" + pubkey, c.getJsonObject("request").toString());
                assertThat(response.statusCode()).as(c.getString("name") + ": " + response.body()).isEqualTo(200);
                assertThat(response.body()).contains(c.getString("expected_signature"));
            }
            assertThat(kms.calls("Decrypt")).isEqualTo(2);
        }
    }

    private void copy(String name, Path folder) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/e2e/" + name)) {
            Files.copy(in, folder.resolve(name));
        }
    }
}
