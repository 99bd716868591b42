package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.kms.FakeKms;
import io.containment.testing.kms.FakeKmsKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operator quorum mode in the real distribution against a fake KMS (3 keys, threshold 2), with
 * {@code seal_all_keys} so a filesystem key shows the gate: init → three operators register through
 * the CLI → {@code kms_unsealed} and 503 → one share is not enough → the second unseals and the
 * vector signs → a restart waits in {@code kms_unsealed} until two shares arrive again. Passphrases
 * and registration tokens never reach the log.
 */
class SealQuorumEndToEndTest {
    private static final Pattern SETUP_TOKEN = Pattern.compile("setup token \\(shown once[^:]*\\): (cc-setup-[0-9a-f]{64})");
    private static final String[] PASSPHRASES = {"", "first operator's passphrase", "second operator's passphrase",
        "third operator's passphrase"};
    @TempDir
    Path work;

    @Test
    void registrationQuorumUnsealRestartThroughTheDistribution() throws Exception {
        JsonObject vector = firstVectorOf(SigningRequests.pubkeys().get(1));
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        try (FakeKms kms = FakeKms.start(); dist) {
            List<FakeKmsKey> keys = List.of(kms.createKey("a"), kms.createKey("b"), kms.createKey("c"));
            int port = RunningDistribution.freePort();
            Path config = work.resolve("config.yaml");
            Files.writeString(config, """
                    server: { listen_address: 127.0.0.1, listen_port: %d }
                    data_dir: %s
                    network: mainnet
                    key_sources: { filesystem: { paths: [%s] } }
                    signer_state:
                      backend: sqlite
                      mode: operator_quorum
                      seal_all_keys: true
                      refresh_interval_seconds: 1
                      share_wrapper: { type: aws_kms, region: %s, endpoint: %s, access_key_id: AKIDQ, secret_access_key: q, max_attempts: 1 }
                    """.formatted(port, work.resolve("data"), SigningRequests.keystores(work.resolve("keys")), FakeKms.REGION,
                    kms.endpoint()));
            Path log = work.resolve("first.log");
            dist.startServer(config, port, log);
            Matcher setup = SETUP_TOKEN.matcher(Files.readString(log));
            assertThat(setup.find()).as(Files.readString(log)).isTrue();
            String sign = "/api/v1/eth2/sign/" + vector.getString("pubkey");
            String request = vector.getJsonObject("request").toString();

            HttpResponse<String> init = dist.post("/api/v1/chamber/init", "{\"setup_token\":\"" + setup.group(1)
                    + "\",\"kms_key_ids\":[\"" + keys.get(0).keyId() + "\",\"" + keys.get(1).keyId() + "\",\""
                    + keys.get(2).keyId() + "\"],\"threshold\":2}");
            assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
            JsonObject initBody = Json.createReader(new StringReader(init.body())).readObject();
            assertThat(initBody.getString("state")).isEqualTo("awaiting_registration");
            List<String> tokens = initBody.getJsonArray("registration_tokens").getValuesAs(JsonObject.class).stream()
                    .map(t -> t.getString("registration_token")).toList();
            assertThat(tokens).hasSize(3);
            assertThat(dist.post(sign, request).statusCode()).as("awaiting registration: sealed").isEqualTo(503);

            for (int operator = 1; operator <= 3; operator++) {
                Path tokenFile = Files.writeString(work.resolve("token-" + operator), tokens.get(operator - 1) + "\n");
                assertThat(cli(dist, port, "register", "--registration-token-file", tokenFile.toString(), "--passphrase-file",
                        passphraseFile(operator).toString())).as("register operator " + operator).isZero();
            }
            assertThat(state(dist)).isEqualTo("kms_unsealed");
            assertThat(dist.post(sign, request).statusCode()).as("kms_unsealed: still sealed").isEqualTo(503);
            assertThat(dist.get("/healthcheck").statusCode()).isEqualTo(503);

            HttpResponse<String> wrong = dist.post("/api/v1/chamber/unseal",
                    "{\"share_index\":2,\"passphrase\":\"" + PASSPHRASES[1] + "\"}");
            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(401);
            assertThat(cli(dist, port, "unseal", "--share-index", "3", "--passphrase-file", passphraseFile(3).toString())).isZero();
            assertThat(dist.get("/api/v1/chamber/status").body()).contains("\"state\":\"kms_unsealed\"").contains("\"submitted\":1");
            assertThat(dist.post(sign, request).statusCode()).as("one share of two: still sealed").isEqualTo(503);
            assertThat(cli(dist, port, "unseal", "--share-index", "1", "--passphrase-file", passphraseFile(1).toString())).isZero();
            assertThat(state(dist)).isEqualTo("unsealed");
            HttpResponse<String> signed = dist.post(sign, request);
            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
            assertThat(signed.body()).contains(vector.getString("expected_signature"));
            String firstLog = Files.readString(log);
            assertThat(firstLog).contains("\"event\":\"chamber_operator_registered\"").contains("\"event\":\"chamber_share_submitted\"")
                    .contains("\"event\":\"chamber_share_rejected\"").contains("\"to\":\"kms_unsealed\"").contains("\"to\":\"unsealed\"");
            dist.close();

            Path restartLog = work.resolve("restart.log");
            dist.startServer(config, port, restartLog);
            assertThat(state(dist)).as("a restart waits for the operators").isEqualTo("kms_unsealed");
            assertThat(dist.post(sign, request).statusCode()).isEqualTo(503);
            assertThat(dist.post("/api/v1/chamber/unseal", "{\"share_index\":2,\"passphrase\":\"" + PASSPHRASES[2] + "\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(dist.post("/api/v1/chamber/unseal", "{\"share_index\":3,\"passphrase\":\"" + PASSPHRASES[3] + "\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(state(dist)).isEqualTo("unsealed");
            HttpResponse<String> again = dist.post(sign, request);
            assertThat(again.statusCode()).as("the identical message again (same signing root: allowed)").isEqualTo(200);
            assertThat(again.body()).contains(vector.getString("expected_signature"));
            dist.close();

            String logs = firstLog + Files.readString(restartLog);
            for (int operator = 1; operator <= 3; operator++) {
                assertThat(logs).doesNotContain(PASSPHRASES[operator]).doesNotContain(tokens.get(operator - 1));
            }
        }
    }

    private Path passphraseFile(int operator) throws Exception {
        return Files.writeString(work.resolve("passphrase-" + operator), PASSPHRASES[operator] + "\n");
    }

    private static String state(RunningDistribution dist) throws Exception {
        Matcher state = Pattern.compile("\"state\":\"([a-z_]+)\"").matcher(dist.get("/api/v1/chamber/status").body());
        assertThat(state.find()).isTrue();
        return state.group(1);
    }

    /** {@code bin/containment-chamber operator <args> --url …}; its exit code. */
    private int cli(RunningDistribution dist, int port, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("operator"));
        command.addAll(List.of(args));
        command.addAll(List.of("--url", "http://127.0.0.1:" + port));
        Path log = work.resolve("cli-" + System.nanoTime() + ".log");
        Process process = dist.launch(log, command.toArray(String[]::new));
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        if (process.exitValue() != 0) {
            System.err.println(Files.readString(log));
        }
        return process.exitValue();
    }

    private static JsonObject firstVectorOf(String pubkey) throws Exception {
        try (InputStream in = SealQuorumEndToEndTest.class.getResourceAsStream("/e2e/cases.json");
             var reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("pubkey").equals(pubkey)).findFirst().orElseThrow();
        }
    }
}
