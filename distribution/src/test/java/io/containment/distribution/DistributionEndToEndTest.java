package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unzips the real distribution, starts bin/containment-chamber with the bundled plugin zips
 * (filesystem keys, SQLite slashing protection) and signs through HTTP.
 */
class DistributionEndToEndTest {
    private static final JsonObject VECTORS = load();

    @TempDir
    Path work;

    private static JsonObject load() {
        return TestResources.jsonResource("/e2e/cases.json");
    }

    private Path keystores() throws Exception {
        Path folder = work.resolve("keystores");
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder);
        for (String name : new String[] {"eip2335-pbkdf2.json", "eip2335-pbkdf2.txt"}) {
            try (InputStream in = getClass().getResourceAsStream("/e2e/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class)
                .forEach(c -> secrets.put(c.getString("pubkey"), c.getString("secret_key")));
        secrets.put(VECTORS.getJsonObject("slashing_key").getString("pubkey"),
                VECTORS.getJsonObject("slashing_key").getString("secret_key"));
        StringBuilder yaml = new StringBuilder();
        secrets.values().forEach(secret -> yaml.append("---\ntype: file-raw\nprivateKey: \"").append(secret).append("\"\n"));
        Files.writeString(folder.resolve("raw-keys.yaml"), yaml);
        return folder;
    }

    private Path config(int port, String extra) throws Exception {
        return config(port, extra, "config.yaml", "data");
    }

    private Path config(int port, String extra, String name, String dataDir) throws Exception {
        Path config = work.resolve(name);
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                metrics: { listen_address: 127.0.0.1, listen_port: 0 }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                %s
                """.formatted(port, work.resolve(dataDir), keystores(), extra));
        return config;
    }

    @Test
    void servesTheVectorsFromKeystoresAndKeepsSlashingHistoryAcrossAKill() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        assertThat(dist.home().resolve("plugins")).isDirectoryContaining("glob:**keys-filesystem*.zip")
                .isDirectoryContaining("glob:**slashing-sqlite*.zip");
        int port = RunningDistribution.freePort();
        Path config = config(port, "anti_slashing: { backend: sqlite }");
        try (dist) {
            dist.startServer(config, port, work.resolve("first.log"));
            assertThat(dist.get("/api/v1/eth2/publicKeys").body())
                    .contains("0x9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07");
            for (JsonObject c : VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class)) {
                HttpResponse<String> response = dist.post("/api/v1/eth2/sign/" + c.getString("pubkey"),
                        c.getJsonObject("request").toString());
                assertThat(response.statusCode()).as(c.getString("name") + ": " + response.body()).isEqualTo(200);
                assertThat(response.body()).contains(c.getString("expected_signature"));
            }
            JsonObject scenario = VECTORS.getJsonArray("slashing_scenarios").getJsonObject(0);
            String key = scenario.getString("pubkey");
            JsonObject blockA = scenario.getJsonArray("steps").getJsonObject(0).getJsonObject("request");
            JsonObject blockB = scenario.getJsonArray("steps").getJsonObject(1).getJsonObject("request");
            assertThat(dist.post("/api/v1/eth2/sign/" + key, blockA.toString()).statusCode()).isEqualTo(200);
            dist.kill();

            dist.startServer(config, port, work.resolve("second.log"));
            HttpResponse<String> conflicting = dist.post("/api/v1/eth2/sign/" + key, blockB.toString());
            assertThat(conflicting.statusCode()).as(conflicting.body()).isEqualTo(412);
            assertThat(conflicting.body()).contains("double proposal");
            assertThat(dist.post("/api/v1/eth2/sign/" + key, blockA.toString()).statusCode()).isEqualTo(200);
            assertThat(dist.get("/healthcheck").statusCode()).isEqualTo(200);
        }
        assertThat(Files.getPosixFilePermissions(work.resolve("data/slashing-protection.sqlite")))
                .containsOnly(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void slashingHistoryMovesToAnotherDatabaseThroughExportAndImport() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        int port = RunningDistribution.freePort();
        Path first = config(port, "", "first.yaml", "data-one");
        JsonObject scenario = VECTORS.getJsonArray("slashing_scenarios").getJsonObject(0);
        String key = scenario.getString("pubkey");
        String blockA = scenario.getJsonArray("steps").getJsonObject(0).getJsonObject("request").toString();
        String blockB = scenario.getJsonArray("steps").getJsonObject(1).getJsonObject("request").toString();
        try (dist) {
            dist.startServer(first, port, work.resolve("one.log"));
            assertThat(dist.post("/api/v1/eth2/sign/" + key, blockA).statusCode()).isEqualTo(200);
        }
        Path exported = work.resolve("history.json");
        assertThat(run(dist, "slashing", "export", "--to", exported.toString(), "-c", first.toString())).isZero();
        assertThat(Files.readString(exported)).contains("\"interchange_format_version\":\"5\"").contains(key)
                .contains("\"slot\":\"11852971\"");

        Path second = config(port, "", "second.yaml", "data-two");
        assertThat(run(dist, "slashing", "import", "--from", exported.toString(), "-c", second.toString())).isZero();
        try (dist) {
            dist.startServer(second, port, work.resolve("two.log"));
            assertThat(dist.post("/api/v1/eth2/sign/" + key, blockB).statusCode()).isEqualTo(412);
        }

        Files.writeString(work.resolve("other-chain.json"), Files.readString(exported)
                .replace("0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95", "0x" + "ab".repeat(32)));
        assertThat(run(dist, "slashing", "import", "--from", work.resolve("other-chain.json").toString(), "-c", second.toString()))
                .isEqualTo(2);
    }

    @Test
    void operatorSetsAndRemovesAHighWatermarkAndPrunesThroughTheCli() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        int port = RunningDistribution.freePort();
        Path config = config(port, "", "ceiling.yaml", "data-three");
        JsonObject scenario = VECTORS.getJsonArray("slashing_scenarios").getJsonObject(0);
        String key = scenario.getString("pubkey");
        String blockA = scenario.getJsonArray("steps").getJsonObject(0).getJsonObject("request").toString();

        assertThat(run(dist, "slashing", "high-watermark", "--slot", "11852971", "--epoch", "370405", "-c", config.toString())).isZero();
        try (dist) {
            dist.startServer(config, port, work.resolve("ceiling.log"));
            assertThat(dist.get("/api/v1/eth2/highWatermark").body()).isEqualTo("{\"epoch\":\"370405\",\"slot\":\"11852971\"}");
            assertThat(dist.post("/api/v1/eth2/sign/" + key, blockA).statusCode()).isEqualTo(412);
        }
        assertThat(run(dist, "slashing", "high-watermark", "--remove", "-c", config.toString())).isZero();
        assertThat(run(dist, "slashing", "high-watermark", "--slot", "not-a-number", "--epoch", "1", "-c", config.toString()))
                .isEqualTo(2);
        assertThat(run(dist, "slashing", "prune", "--epochs-to-keep", "2", "-c", config.toString())).isZero();
        try (dist) {
            dist.startServer(config, port, work.resolve("ceiling-removed.log"));
            assertThat(dist.get("/api/v1/eth2/highWatermark").body()).isEqualTo("{}");
            assertThat(dist.post("/api/v1/eth2/sign/" + key, blockA).statusCode()).isEqualTo(200);
        }
    }

    private int run(RunningDistribution dist, String... args) throws Exception {
        Process process = dist.launch(work.resolve("cli-" + System.nanoTime() + ".log"), args);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    @Test
    void aBackendNoPluginProvidesExitsTwoNamingTheKey() throws Exception {
        assertServerExitsTwoSaying("anti_slashing: { backend: nope }", "anti_slashing.backend: no slashing store named 'nope'");
    }

    @Test
    void anUnknownConfigKeyExitsTwoNamingTheKey() throws Exception {
        assertServerExitsTwoSaying("anti_slashing: { backend: sqlite, pathh: x }", "anti_slashing.pathh");
    }

    private void assertServerExitsTwoSaying(String configExtra, String expectedMessage) throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        Path log = work.resolve("bad-config.log");
        Process process = dist.launch(log, "server", "-c", config(RunningDistribution.freePort(), configExtra).toString());
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log)).contains(expectedMessage);
    }
}
