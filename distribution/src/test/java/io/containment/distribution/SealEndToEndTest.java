package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.kms.FakeKms;
import io.containment.testing.kms.FakeKmsKey;
import io.containment.testing.kms.KeyState;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The init ceremony in KMS-only mode in the real distribution (state-sqlite and keys-aws-kms
 * plugin zips, the AWS SDK v2 inside the plugin) against a fake KMS with 3 keys and threshold 2:
 * init, restart unsealed with no human step, one KMS key unavailable still unseals, two keep it
 * sealed, seal from the API.
 */
class SealEndToEndTest {
    private static final Pattern SETUP_TOKEN = Pattern.compile("setup token \\(shown once[^:]*\\): (cc-setup-[0-9a-f]{64})");
    @TempDir
    Path work;

    @Test
    void initRestartKmsOutagesAndSealThroughTheDistribution() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        assertThat(dist.home().resolve("plugins")).isDirectoryContaining("glob:**state-sqlite*.zip");
        try (FakeKms kms = FakeKms.start(); dist) {
            FakeKmsKey a = kms.createKey("share a");
            FakeKmsKey b = kms.createKey("share b");
            FakeKmsKey c = kms.createKey("share c");
            int port = RunningDistribution.freePort();
            Path config = work.resolve("config.yaml");
            Files.writeString(config, """
                    server: { listen_address: 127.0.0.1, listen_port: %d }
                    data_dir: %s
                    key_sources: { filesystem: { paths: [%s] } }
                    signer_state:
                      backend: sqlite
                      mode: kms_only
                      share_wrapper:
                        type: aws_kms
                        region: %s
                        endpoint: %s
                        access_key_id: AKIDSEAL
                        secret_access_key: seal-secret
                        max_attempts: 1
                    """.formatted(port, work.resolve("data"), Files.createDirectories(work.resolve("keys")),
                    FakeKms.REGION, kms.endpoint()));

            Path firstLog = work.resolve("first.log");
            {
                RunningDistribution first = dist;
                first.startServer(config, port, firstLog);
                assertThat(first.get("/api/v1/chamber/status").body()).contains("\"state\":\"uninitialized\"");
                Matcher token = SETUP_TOKEN.matcher(Files.readString(firstLog));
                assertThat(token.find()).as(Files.readString(firstLog)).isTrue();
                String ids = "[\"%s\",\"%s\",\"%s\"]".formatted(a.keyId(), b.keyId(), c.arn());

                HttpResponse<String> wrong = first.post("/api/v1/chamber/init",
                        "{\"setup_token\":\"cc-setup-wrong\",\"kms_key_ids\":" + ids + ",\"threshold\":2}");
                assertThat(wrong.statusCode()).isEqualTo(401);
                assertThat(wrong.body()).contains("\"code\":401");
                HttpResponse<String> badThreshold = first.post("/api/v1/chamber/init",
                        "{\"setup_token\":\"" + token.group(1) + "\",\"kms_key_ids\":" + ids + ",\"threshold\":7}");
                assertThat(badThreshold.statusCode()).as(badThreshold.body()).isEqualTo(400);

                HttpResponse<String> init = first.post("/api/v1/chamber/init",
                        "{\"setup_token\":\"" + token.group(1) + "\",\"kms_key_ids\":" + ids + ",\"threshold\":2}");
                assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
                assertThat(init.body()).contains("\"state\":\"unsealed\"").contains("\"threshold\":2").contains("\"shares\":3");
                assertThat(kms.calls("Encrypt")).isEqualTo(3);
                assertThat(first.post("/api/v1/chamber/init", "{\"setup_token\":\"" + token.group(1) + "\",\"kms_key_ids\":"
                        + ids + ",\"threshold\":2}").statusCode()).as("the setup token works once").isEqualTo(409);
                assertThat(Files.readString(firstLog)).contains("\"event\":\"chamber_init\"")
                        .contains("\"event\":\"chamber_transition\"");
            }

            dist.close();
            assertThat(restartAndState(dist, config, port, "restart.log")).isEqualTo("unsealed");
            assertThat(Files.readString(work.resolve("restart.log"))).doesNotContain("setup token");

            kms.setState(a.keyId(), KeyState.UNAVAILABLE);
            assertThat(restartAndState(dist, config, port, "one-down.log")).isEqualTo("unsealed");

            kms.setState(c.keyId(), KeyState.DISABLED);
            Path twoDownLog = work.resolve("two-down.log");
            {
                RunningDistribution signer = dist;
                signer.startServer(config, port, twoDownLog);
                assertThat(signer.get("/api/v1/chamber/status").body()).contains("\"state\":\"sealed\"");
                HttpResponse<String> health = signer.get("/healthcheck");
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("{\"id\":\"seal-check\",\"status\":\"DOWN\",\"detail\":\"sealed\"}");
                assertThat(signer.post("/api/v1/chamber/unseal", "").statusCode()).isEqualTo(503);
                assertThat(Files.readString(twoDownLog)).contains("\"event\":\"chamber_share_unavailable\"");

                kms.setState(a.keyId(), KeyState.ENABLED);
                HttpResponse<String> unseal = signer.post("/api/v1/chamber/unseal", "");
                assertThat(unseal.statusCode()).as(unseal.body()).isEqualTo(200);
                assertThat(unseal.body()).contains("\"state\":\"unsealed\"");

                HttpResponse<String> seal = signer.post("/api/v1/chamber/seal", "");
                assertThat(seal.statusCode()).as(seal.body()).isEqualTo(200);
                assertThat(seal.body()).contains("\"state\":\"sealed\"");
                assertThat(Files.readString(twoDownLog)).contains("\"event\":\"chamber_seal\"");
            }
        }
    }

    /** Starts the signer again (stopping it afterwards) and returns its seal state. */
    private String restartAndState(RunningDistribution signer, Path config, int port, String log) throws Exception {
        try {
            signer.startServer(config, port, work.resolve(log));
            String body = signer.get("/api/v1/chamber/status").body();
            Matcher state = Pattern.compile("\"state\":\"([a-z_]+)\"").matcher(body);
            assertThat(state.find()).as(body).isTrue();
            return state.group(1);
        } finally {
            signer.close();
        }
    }
}
