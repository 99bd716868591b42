package io.containment.distribution;

import static io.containment.distribution.TestResources.jsonResource;
import static io.containment.distribution.TestResources.keyManagerText;
import static io.containment.distribution.TestResources.keyManagerPubkey;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ethereum Key Manager API through the unzipped distribution with the real plugins
 * (filesystem keys, SQLite slashing protection): imports persist across a restart, bad input
 * writes nothing, the slashing history goes in with an import and comes out with a delete.
 */
class KeyManagerEndToEndTest {
    private static final JsonObject VECTORS = jsonResource("/e2e/cases.json");
    private static final String GVR = VECTORS.getString("genesis_validators_root");
    private static final String INTEROP_0 = keyManagerPubkey("interop-0");
    private static final String SLASHING_KEY = VECTORS.getJsonObject("slashing_key").getString("pubkey");

    @TempDir
    Path work;

    private static String importBody(List<String> labels, List<String> passwords, String slashingProtection) {
        JsonArrayBuilder keystores = Json.createArrayBuilder();
        labels.forEach(label -> keystores.add(keyManagerText(label + ".json")));
        JsonArrayBuilder secrets = Json.createArrayBuilder();
        passwords.forEach(secrets::add);
        var body = Json.createObjectBuilder().add("keystores", keystores).add("passwords", secrets);
        if (slashingProtection != null) {
            body.add("slashing_protection", slashingProtection);
        }
        return body.build().toString();
    }

    private static String passwordOf(String label) {
        return keyManagerText(label + ".txt");
    }

    private static String deleteBody(String... pubkeys) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        for (String key : pubkeys) {
            keys.add(key);
        }
        return Json.createObjectBuilder().add("pubkeys", keys).build().toString();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> statuses(HttpResponse<String> response) {
        return json(response).getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("status")).toList();
    }

    /** An interchange with one block of the slashing key at the scenario's slot, no signing root. */
    private static String interchange(String gvr) {
        String slot = blockRequest(0).getJsonObject("beacon_block").getJsonObject("block_header").getString("slot");
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("interchange_format_version", "5").add("genesis_validators_root", gvr))
                .add("data", Json.createArrayBuilder().add(Json.createObjectBuilder().add("pubkey", SLASHING_KEY)
                        .add("signed_blocks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("slot", slot)))
                        .add("signed_attestations", Json.createArrayBuilder())))
                .build().toString();
    }

    private static JsonObject blockRequest(int step) {
        return VECTORS.getJsonArray("slashing_scenarios").getJsonObject(0).getJsonArray("steps").getJsonObject(step)
                .getJsonObject("request");
    }

    private static JsonObject randaoCase(String pubkey) {
        return VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("pubkey").equals(pubkey) && c.getString("name").startsWith("RANDAO_REVEAL/"))
                .findFirst().orElseThrow();
    }

    private static void assertSigns(RunningDistribution dist, String pubkey) throws Exception {
        JsonObject c = randaoCase(pubkey);
        HttpResponse<String> response = dist.post("/api/v1/eth2/sign/" + pubkey, c.getJsonObject("request").toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains(c.getString("expected_signature"));
    }

    private Path config(int port, String keyManagerExtra) throws IOException {
        Path keystores = Files.createDirectories(work.resolve("keystores"));
        Files.writeString(keystores.resolve("operator.yaml"), "type: file-raw\nprivateKey: \""
                + VECTORS.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("pubkey").equals(INTEROP_0)).findFirst().orElseThrow().getString("secret_key") + "\"\n");
        Path config = work.resolve("config.yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                anti_slashing: { backend: sqlite }
                http:
                  key_manager_api: { enabled: true %s }
                """.formatted(port, work.resolve("data"), keystores, keyManagerExtra));
        return config;
    }

    private List<String> managedFiles() throws IOException {
        Path managed = work.resolve("data/keystores");
        if (!Files.exists(managed)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(managed)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void badImportsWriteNothingAndGoodOnesPersistAcrossARestartUntilDeleted() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        int port = RunningDistribution.freePort();
        Path config = config(port, "");
        try (dist) {
            dist.startServer(config, port, work.resolve("first.log"));
            JsonArray listed = json(dist.get("/eth/v1/keystores")).getJsonArray("data");
            assertThat(listed).hasSize(1);
            assertThat(listed.getJsonObject(0).getString("validating_pubkey")).isEqualTo(INTEROP_0);
            assertThat(listed.getJsonObject(0).getBoolean("readonly")).isTrue();

            assertRefused(dist, importBody(List.of("interop-1", "interop-2"), List.of(passwordOf("interop-1")), null),
                    "passwords");
            assertRefused(dist, importBody(List.of("interop-1", "interop-2"),
                    List.of(passwordOf("interop-1"), "wrong-password"), null), "keystores[1]", "checksum");
            assertRefused(dist, Json.createObjectBuilder().add("keystores", Json.createArrayBuilder().add("{}"))
                    .add("passwords", Json.createArrayBuilder().add("x")).build().toString(), "keystores[0]");
            assertRefused(dist, importBody(List.of("interop-4"), List.of(passwordOf("interop-4")),
                    interchange("0x" + "ab".repeat(32))), "genesis_validators_root");
            assertRefused(dist, importBody(List.of("interop-4"), List.of(passwordOf("interop-4")), "{not json"),
                    "slashing_protection");
            assertRefused(dist, "{\"keystores\": [", "JSON");
            assertThat(managedFiles()).as("nothing written by refused imports").isEmpty();
            assertThat(json(dist.get("/eth/v1/keystores")).getJsonArray("data")).hasSize(1);

            HttpResponse<String> imported = dist.post("/eth/v1/keystores", importBody(
                    List.of("interop-1", "interop-4", "interop-0", "interop-1"),
                    List.of(passwordOf("interop-1"), passwordOf("interop-4"), passwordOf("interop-0"), passwordOf("interop-1")),
                    interchange(GVR)));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(statuses(imported)).containsExactly("imported", "imported", "duplicate", "duplicate");

            String interop1 = keyManagerPubkey("interop-1").substring(2);
            assertThat(managedFiles()).containsExactly(SLASHING_KEY.substring(2) + ".json", SLASHING_KEY.substring(2) + ".txt",
                    interop1 + ".json", interop1 + ".txt");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("data/keystores"))))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    work.resolve("data/keystores/" + interop1 + ".txt")))).isEqualTo("rw-------");
            assertSigns(dist, keyManagerPubkey("interop-1"));
            HttpResponse<String> conflicting = dist.post("/api/v1/eth2/sign/" + SLASHING_KEY, blockRequest(1).toString());
            assertThat(conflicting.statusCode()).as("the imported history protects the key").isEqualTo(412);
            dist.kill();

            dist.startServer(config, port, work.resolve("second.log"));
            JsonArray afterRestart = json(dist.get("/eth/v1/keystores")).getJsonArray("data");
            assertThat(afterRestart.getValuesAs(JsonObject.class)).extracting(k -> k.getString("validating_pubkey"))
                    .containsExactlyInAnyOrder(INTEROP_0, keyManagerPubkey("interop-1"), SLASHING_KEY);
            JsonObject slashingEntry = afterRestart.getValuesAs(JsonObject.class).stream()
                    .filter(k -> k.getString("validating_pubkey").equals(SLASHING_KEY)).findFirst().orElseThrow();
            assertThat(slashingEntry.getString("derivation_path")).isEqualTo("m/12381/3600/4/0/0");
            assertThat(slashingEntry.getBoolean("readonly")).isFalse();
            assertSigns(dist, keyManagerPubkey("interop-1"));

            String unknown = VECTORS.getString("unknown_pubkey");
            HttpResponse<String> deleted = dist.delete("/eth/v1/keystores", deleteBody(SLASHING_KEY, INTEROP_0, unknown));
            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
            assertThat(statuses(deleted)).containsExactly("deleted", "error", "not_found");
            assertThat(json(deleted).getJsonArray("data").getJsonObject(1).getString("message")).contains("read-only");
            JsonObject history = Json.createReader(new StringReader(json(deleted).getString("slashing_protection"))).readObject();
            assertThat(history.getJsonObject("metadata").getString("genesis_validators_root")).isEqualTo(GVR);
            assertThat(history.getJsonArray("data").getValuesAs(JsonObject.class)).singleElement().satisfies(entry -> {
                assertThat(entry.getString("pubkey")).isEqualTo(SLASHING_KEY);
                assertThat(entry.getJsonArray("signed_blocks").toString()).contains(
                        blockRequest(0).getJsonObject("beacon_block").getJsonObject("block_header").getString("slot"));
            });
            assertThat(dist.post("/api/v1/eth2/sign/" + SLASHING_KEY, randaoCase(INTEROP_0).getJsonObject("request")
                    .toString()).statusCode()).as("a deleted key does not sign").isEqualTo(404);
            assertThat(managedFiles()).containsExactly(interop1 + ".json", interop1 + ".txt");
            assertSigns(dist, INTEROP_0);

            HttpResponse<String> again = dist.delete("/eth/v1/keystores", deleteBody(SLASHING_KEY));
            assertThat(statuses(again)).containsExactly("not_active");
            assertThat(json(again).getString("slashing_protection")).contains(SLASHING_KEY);
            dist.kill();

            dist.startServer(config, port, work.resolve("third.log"));
            assertThat(json(dist.get("/eth/v1/keystores")).getJsonArray("data").getValuesAs(JsonObject.class))
                    .extracting(k -> k.getString("validating_pubkey")).containsExactlyInAnyOrder(INTEROP_0, keyManagerPubkey("interop-1"));
        }
    }

    private void assertRefused(RunningDistribution dist, String body, String... reasons) throws Exception {
        HttpResponse<String> response = dist.post("/eth/v1/keystores", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonObject error = json(response);
        assertThat(error.getInt("code")).isEqualTo(400);
        assertThat(error.getString("message")).contains(reasons).doesNotContain("wrong-password");
    }

    @Test
    void limitsAnswer413AndAReloadPicksUpNewFilesAndDropsRemovedOnes() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        int port = RunningDistribution.freePort();
        Path config = config(port, ", max_items_per_request: 2, max_request_bytes: 4096");
        try (dist) {
            dist.startServer(config, port, work.resolve("first.log"));
            HttpResponse<String> tooMany = dist.delete("/eth/v1/keystores", deleteBody(INTEROP_0, SLASHING_KEY, keyManagerPubkey("interop-1")));
            assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(413);
            assertThat(json(tooMany).getString("message")).contains("max_items_per_request");
            HttpResponse<String> tooBig = dist.post("/eth/v1/keystores", importBody(
                    List.of("interop-1", "interop-2"), List.of("a".repeat(3000), "b"), null));
            assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
            assertThat(managedFiles()).isEmpty();

            assertThat(json(dist.get("/reload")).getString("status")).isEqualTo("idle");
            Path keystores = work.resolve("keystores");
            Files.writeString(keystores.resolve("added.json"), keyManagerText("interop-2.json"));
            Files.writeString(keystores.resolve("added.txt"), passwordOf("interop-2"));
            reload(dist, "completed");
            assertSigns(dist, keyManagerPubkey("interop-2"));

            Files.delete(keystores.resolve("added.json"));
            reload(dist, "completed");
            assertThat(dist.post("/api/v1/eth2/sign/" + keyManagerPubkey("interop-2"), randaoCase(keyManagerPubkey("interop-2"))
                    .getJsonObject("request").toString()).statusCode()).isEqualTo(404);

            Files.writeString(keystores.resolve("broken.json"), keyManagerText("interop-3.json"));
            Files.writeString(keystores.resolve("broken.txt"), "not-its-password");
            JsonObject status = reload(dist, "completed_with_errors");
            assertThat(status.getString("lastError")).contains("broken.json").doesNotContain("not-its-password");
            assertThat(status.getString("lastOperationTime")).isNotBlank();
            assertSigns(dist, INTEROP_0);
        }
    }

    @Test
    void aKeyDeletedOnOneSignerIsRefusedByAnotherSharingTheSlashingDatabase() throws Exception {
        RunningDistribution first = RunningDistribution.unzip(work.resolve("unzipped-a"));
        RunningDistribution second = RunningDistribution.unzip(work.resolve("unzipped-b"));
        int portA = RunningDistribution.freePort();
        Path configA = config(portA, "");
        Path sharedDatabase = work.resolve("data/slashing-protection.sqlite");
        Path otherKeys = Files.createDirectories(work.resolve("b-keystores"));
        Files.writeString(otherKeys.resolve("slashing-key.yaml"), "type: file-raw\nprivateKey: \""
                + VECTORS.getJsonObject("slashing_key").getString("secret_key") + "\"\n");
        int portB = RunningDistribution.freePort();
        Path configB = work.resolve("b.yaml");
        Files.writeString(configB, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                key_sources:
                  filesystem: { paths: [%s] }
                anti_slashing: { backend: sqlite, path: %s }
                """.formatted(portB, work.resolve("data-b"), otherKeys, sharedDatabase));
        try (first; second) {
            first.startServer(configA, portA, work.resolve("a.log"));
            HttpResponse<String> imported = first.post("/eth/v1/keystores",
                    importBody(List.of("interop-4"), List.of(passwordOf("interop-4")), null));
            assertThat(statuses(imported)).containsExactly("imported");
            second.startServer(configB, portB, work.resolve("b.log"));
            HttpResponse<String> before = second.post("/api/v1/eth2/sign/" + SLASHING_KEY, blockRequest(0).toString());
            assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

            HttpResponse<String> deleted = first.delete("/eth/v1/keystores", deleteBody(SLASHING_KEY));
            assertThat(statuses(deleted)).containsExactly("deleted");
            assertThat(json(deleted).getString("slashing_protection")).contains(SLASHING_KEY);

            HttpResponse<String> after = second.post("/api/v1/eth2/sign/" + SLASHING_KEY, blockRequest(0).toString());
            assertThat(after.statusCode()).as(after.body()).isEqualTo(412);
            assertThat(after.body()).contains("disabled");

            HttpResponse<String> again = first.post("/eth/v1/keystores",
                    importBody(List.of("interop-4"), List.of(passwordOf("interop-4")), null));
            assertThat(statuses(again)).containsExactly("imported");
            HttpResponse<String> reenabled = second.post("/api/v1/eth2/sign/" + SLASHING_KEY, blockRequest(0).toString());
            assertThat(reenabled.statusCode()).as("an import enables the key again").isEqualTo(200);
        }
    }

    /** POST /reload (202), then GET /reload until it is no longer running; returns the final status. */
    private static JsonObject reload(RunningDistribution dist, String expected) throws Exception {
        HttpResponse<String> accepted = dist.post("/reload", "");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(json(accepted).getString("status")).isEqualTo("accepted");
        JsonObject status = json(dist.get("/reload"));
        for (int polls = 0; status.getString("status").equals("running") && polls < 600; polls++) {
            Thread.sleep(50);
            status = json(dist.get("/reload"));
        }
        assertThat(status.getString("status")).as(status.toString()).isEqualTo(expected);
        return status;
    }
}
