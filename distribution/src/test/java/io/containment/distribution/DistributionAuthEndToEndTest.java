package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auth with the bundled SQLite backend, end to end: open mode, a root token from the host, policies
 * and tokens through the API, signing with Bearer and Basic, revocation; afterwards no token string
 * is in the database files, the logs, or any response but the one that created it.
 */
class DistributionAuthEndToEndTest {
    private static final JsonObject VECTORS = load();

    @TempDir
    Path work;

    private static JsonObject load() {
        return TestResources.jsonResource("/e2e/cases.json");
    }

    private Path config(int port, String dataDir, String extra) throws Exception {
        Path keys = Files.createDirectories(work.resolve("keystores"));
        StringBuilder yaml = new StringBuilder();
        VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream().map(c -> c.getString("secret_key")).distinct()
                .forEach(secret -> yaml.append("---\ntype: file-raw\nprivateKey: \"").append(secret).append("\"\n"));
        Files.writeString(keys.resolve("raw-keys.yaml"), yaml);
        Path config = work.resolve(dataDir + ".yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                %s
                """.formatted(port, work.resolve(dataDir), keys, extra));
        return config;
    }

    @Test
    void tokensWorkAndLeaveNoTraceButTheirCreationResponse() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        assertThat(dist.home().resolve("plugins")).isDirectoryContaining("glob:**auth-sqlite*.zip");
        int port = RunningDistribution.freePort();
        Path config = config(port, "data", "auth: { backend: sqlite }");
        JsonObject signCase = VECTORS.getJsonArray("cases").getJsonObject(0);
        String sign = "/api/v1/eth2/sign/" + signCase.getString("pubkey");
        String signBody = signCase.getJsonObject("request").toString();
        List<String> responses = new ArrayList<>();
        String root;
        String client;
        try (dist) {
            dist.startServer(config, port, work.resolve("server.log"));
            assertThat(dist.get("/healthcheck").body()).contains("OPEN");
            assertThat(dist.post(sign, signBody).statusCode()).as("open mode").isEqualTo(200);

            Process generate = dist.launch(work.resolve("root-token.out"), "operator", "generate-root-token", "-c", config.toString());
            assertThat(generate.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(generate.exitValue()).isZero();
            root = Files.readAllLines(work.resolve("root-token.out")).stream().filter(l -> l.startsWith("ccm-")).findFirst().orElseThrow();
            String management = "Bearer " + root;
            HttpResponse<String> listed = awaitAccepted(dist, management);
            responses.add(listed.body());

            HttpResponse<String> policy = dist.send("POST", "/api/v1/auth/policies", """
                    {"name":"vc-1","rules":[{"effect":"allow","scopes":["sign","public_keys"],"keys":["%s"]}]}"""
                    .formatted(signCase.getString("pubkey")), management);
            assertThat(policy.statusCode()).as(policy.body()).isEqualTo(201);
            responses.add(policy.body());
            HttpResponse<String> created = dist.send("POST", "/api/v1/auth/tokens",
                    "{\"name\":\"vc-1\",\"policies\":[\"vc-1\"],\"expires_in_seconds\":86400}", management);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonObject issued = Json.createReader(new StringReader(created.body())).readObject();
            client = issued.getString("token");

            HttpResponse<String> anonymous = dist.post(sign, signBody);
            assertThat(anonymous.statusCode()).as("closed once a policy exists").isEqualTo(401);
            responses.add(anonymous.body());
            HttpResponse<String> bearer = dist.send("POST", sign, signBody, "Bearer " + client);
            assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(200);
            String basic = "Basic " + Base64.getEncoder().encodeToString(("lighthouse:" + client).getBytes(StandardCharsets.US_ASCII));
            HttpResponse<String> viaBasic = dist.send("POST", sign, signBody, basic);
            assertThat(viaBasic.statusCode()).isEqualTo(200);
            responses.addAll(List.of(bearer.body(), viaBasic.body(), bearer.headers().map().toString()));
            HttpResponse<String> health = dist.send("GET", "/healthcheck", null, "Bearer " + client);
            assertThat(health.statusCode()).as("no chamber_status scope").isEqualTo(403);
            responses.add(health.body());
            HttpResponse<String> tokens = dist.send("GET", "/api/v1/auth/tokens", null, management);
            assertThat(tokens.body()).contains(issued.getString("id")).contains("\"vc-1\"");
            responses.add(tokens.body());
            HttpResponse<String> revoked = dist.send("DELETE", "/api/v1/auth/tokens/" + issued.getString("id"), null, management);
            assertThat(revoked.statusCode()).isEqualTo(200);
            responses.add(revoked.body());
            HttpResponse<String> afterRevoke = dist.send("POST", sign, signBody, "Bearer " + client);
            assertThat(afterRevoke.statusCode()).isEqualTo(401);
            responses.add(afterRevoke.body());
        }
        assertThat(Files.getPosixFilePermissions(work.resolve("data/auth.sqlite")))
                .containsOnly(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(work.resolve("data/auth-hash.key")))
                .containsOnly(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        List<Path> traces = new ArrayList<>();
        try (Stream<Path> files = Files.list(work.resolve("data"))) {
            files.filter(f -> f.getFileName().toString().startsWith("auth")).forEach(traces::add);
        }
        traces.add(work.resolve("server.log"));
        String serverLog = Files.readString(work.resolve("server.log"));
        assertThat(serverLog).contains("OPEN MODE").contains("token_created").contains("access_denied");
        for (String token : List.of(root, client)) {
            byte[] needle = token.getBytes(StandardCharsets.US_ASCII);
            for (Path trace : traces) {
                assertThat(indexOf(Files.readAllBytes(trace), needle)).as(token.substring(0, 4) + "… in " + trace).isEqualTo(-1);
            }
            assertThat(responses).noneSatisfy(response -> assertThat(response).contains(token));
        }
    }

    /** The server sees a token written by another process within its refresh interval: wait for it. */
    private static HttpResponse<String> awaitAccepted(RunningDistribution dist, String authorization) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            HttpResponse<String> response = dist.send("GET", "/api/v1/auth/tokens", null, authorization);
            if (response.statusCode() == 200) {
                return response;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the running signer never accepted the root token");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void requiredAuthWithoutAPolicyRefusesToStartNamingTheKey() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        Path log = work.resolve("required.log");
        Process process = dist.launch(log, "server", "-c",
                config(RunningDistribution.freePort(), "required", "auth: { required: true }").toString());
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log)).contains("auth.required");
    }
}
