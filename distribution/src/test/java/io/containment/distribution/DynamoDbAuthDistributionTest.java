package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.dynalite.Dynalite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two signers from the unzipped distribution with {@code auth.backend: dynamodb} on one dynalite
 * table (and one hash key file): a token created or revoked through one is accepted or refused by
 * the other after its next refresh; the table never holds a token string.
 */
class DynamoDbAuthDistributionTest {
    private static final JsonObject VECTORS = load();

    @TempDir
    Path work;

    @Test
    void aTokenRevokedOnOneSignerIsRefusedByTheOtherAndNoTokenIsInTheTable() throws Exception {
        RunningDistribution first = RunningDistribution.unzip(work.resolve("unzipped"));
        RunningDistribution second = first.another();
        assertThat(first.home().resolve("plugins")).isDirectoryContaining("glob:**auth-dynamodb*.zip");
        JsonObject signCase = VECTORS.getJsonArray("cases").getJsonObject(0);
        String sign = "/api/v1/eth2/sign/" + signCase.getString("pubkey");
        String signBody = signCase.getJsonObject("request").toString();
        try (Dynalite dynalite = Dynalite.start(); first; second) {
            int firstPort = RunningDistribution.freePort();
            Path firstConfig = config("first", firstPort, dynalite);
            first.startServer(firstConfig, firstPort, work.resolve("first.log"));
            int secondPort = RunningDistribution.freePort();
            second.startServer(config("second", secondPort, dynalite), secondPort, work.resolve("second.log"));

            Process generate = first.launch(work.resolve("root-token.out"), "operator", "generate-root-token", "-c", firstConfig.toString());
            assertThat(generate.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(generate.exitValue()).as(Files.readString(work.resolve("root-token.out"))).isZero();
            String root = Files.readAllLines(work.resolve("root-token.out")).stream().filter(l -> l.startsWith("ccm-")).findFirst()
                    .orElseThrow();
            String management = "Bearer " + root;
            awaitStatus(first, "GET", "/api/v1/auth/tokens", null, management, 200);
            awaitStatus(second, "GET", "/api/v1/auth/tokens", null, management, 200);

            HttpResponse<String> policy = first.send("POST", "/api/v1/auth/policies", """
                    {"name":"vc-1","rules":[{"effect":"allow","scopes":["sign"],"keys":["%s"]}]}"""
                    .formatted(signCase.getString("pubkey")), management);
            assertThat(policy.statusCode()).as(policy.body()).isEqualTo(201);
            HttpResponse<String> created = first.send("POST", "/api/v1/auth/tokens",
                    "{\"name\":\"vc-1\",\"policies\":[\"vc-1\"]}", management);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonObject issued = Json.createReader(new StringReader(created.body())).readObject();
            String client = issued.getString("token");

            // the policy written through the first signer closes the second's open mode once it refreshed;
            // then the token created through the first is accepted by the second
            awaitStatus(second, "POST", sign, signBody, null, 401);
            awaitStatus(second, "POST", sign, signBody, "Bearer " + client, 200);

            // revoked through the first signer, refused by the second once it refreshed
            HttpResponse<String> revoked = first.send("DELETE", "/api/v1/auth/tokens/" + issued.getString("id"), null, management);
            assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
            long refusedAfterMillis = awaitStatus(second, "POST", sign, signBody, "Bearer " + client, 401);
            assertThat(first.send("POST", sign, signBody, "Bearer " + client).statusCode()).isEqualTo(401);
            System.out.printf("revoked token refused by the other signer after %d ms (refresh interval 1 s)%n", refusedAfterMillis);

            String table = DynaliteTables.scan(dynalite, "auth-shared");
            assertThat(table).as("the scan sees the tokens' records").contains(issued.getString("id")).contains("vc-1");
            for (String token : List.of(root, client)) {
                assertThat(table).as(token.substring(0, 4) + "… in the table").doesNotContain(token);
                assertThat(Files.readString(work.resolve("first.log")) + Files.readString(work.resolve("second.log")))
                        .doesNotContain(token);
            }
        }
    }

    private Path config(String name, int port, Dynalite dynalite) throws Exception {
        Path keys = Files.createDirectories(work.resolve("keystores"));
        StringBuilder yaml = new StringBuilder();
        VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream().map(c -> c.getString("secret_key")).distinct()
                .forEach(secret -> yaml.append("---\ntype: file-raw\nprivateKey: \"").append(secret).append("\"\n"));
        Files.writeString(keys.resolve("raw-keys.yaml"), yaml);
        Path config = work.resolve(name + ".yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                auth: { backend: dynamodb, refresh_interval_seconds: 1, hash_key_file: %s,
                        table: auth-shared, endpoint: "%s", region: us-east-1, create_table: true,
                        access_key_id: test, secret_access_key: test }
                """.formatted(port, work.resolve("data-" + name), keys, work.resolve("auth-hash.key"), dynalite.endpoint()));
        return config;
    }

    /**
     * Asks until the answer has {@code status} (a change made through the other signer shows after
     * its next refresh); returns how long that took.
     */
    private static long awaitStatus(RunningDistribution signer, String method, String path, String body, String authorization,
                                    int status) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 300; attempt++) {
            last = signer.send(method, path, body, authorization);
            if (last.statusCode() == status) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never " + status + " for " + method + " " + path + "; last " + last.statusCode() + " " + last.body());
    }

    private static JsonObject load() {
        return TestResources.jsonResource("/e2e/cases.json");
    }
}
