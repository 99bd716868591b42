package io.containment.runtime.keymanager;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.runtime.testplugins.Gate;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The Key Manager API and /reload through the real HTTP server, over the gated writable test
 * source (configured keys are read-only) and the memory slashing store: statuses, limits (400,
 * 413, 429), the slashing data round trip, and reload 202/409/status.
 */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/keymanager-test.yaml")
class KeyManagerHttpTest {
    private static final JsonObject VECTORS = load();
    private static final String CONFIGURED = "0x88c141df77cd9d8d7a71a75c826c41a9c9f03c6ee1b180f3e7852f6a280099ded351b58d66e653af8e42816a4d8f532e";
    private static final String INTEROP_0 = "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c";
    private static final String INTEROP_0_SECRET = "0x25295f0d1d592a90b333e26e85149708208e9f8e8bc18f6c77bd62f8ad7a6866";
    private static final String INTEROP_1_SECRET = "0x51d0b65185db6989ab0b560d6deed19c7ead0e24b9b6372cbecb1f26bdfad000";
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    WebTarget target;

    private static JsonObject load() {
        try (InputStream in = KeyManagerHttpTest.class.getResourceAsStream("/vectors/signing/cases.json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        URI uri = target.getUri().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> statuses(HttpResponse<String> response) {
        return json(response).getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("status")).toList();
    }

    private static String importBody(List<String> keystores, List<String> passwords, String slashing) {
        JsonArrayBuilder k = Json.createArrayBuilder();
        keystores.forEach(k::add);
        JsonArrayBuilder p = Json.createArrayBuilder();
        passwords.forEach(p::add);
        var body = Json.createObjectBuilder().add("keystores", k).add("passwords", p);
        if (slashing != null) {
            body.add("slashing_protection", slashing);
        }
        return body.build().toString();
    }

    private static String deleteBody(String... keys) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String key : keys) {
            array.add(key);
        }
        return Json.createObjectBuilder().add("pubkeys", array).build().toString();
    }

    private static JsonObject scenarioStep(int step) {
        return VECTORS.getJsonArray("slashing_scenarios").getJsonObject(0).getJsonArray("steps").getJsonObject(step)
                .getJsonObject("request");
    }

    @Test
    void configuredKeysAreListedReadOnlyAndCannotBeDeleted() throws Exception {
        JsonObject listed = json(send("GET", "/eth/v1/keystores", ""));
        JsonObject configured = listed.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("validating_pubkey").equals(CONFIGURED)).findFirst().orElseThrow();
        assertThat(configured.getBoolean("readonly")).isTrue();

        HttpResponse<String> deleted = send("DELETE", "/eth/v1/keystores", deleteBody(CONFIGURED));
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(statuses(deleted)).containsExactly("error");
        assertThat(json(deleted).getJsonArray("data").getJsonObject(0).getString("message")).contains("read-only");
        assertThat(send("GET", "/api/v1/eth2/publicKeys", "").body()).contains(CONFIGURED);
    }

    @Test
    void anImportIsListedAndADeleteAnswersEveryStatus() throws Exception {
        HttpResponse<String> imported = send("POST", "/eth/v1/keystores",
                importBody(List.of(INTEROP_0_SECRET, "0x25b1166a43c109cb330af8945d364722757c65ed2bfed5444b5a2f057f82d391"),
                        List.of("pw", "pw"), null));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(statuses(imported)).containsExactly("imported", "duplicate");
        JsonObject entry = json(send("GET", "/eth/v1/keystores", "")).getJsonArray("data").getValuesAs(JsonObject.class)
                .stream().filter(k -> k.getString("validating_pubkey").equals(INTEROP_0)).findFirst().orElseThrow();
        assertThat(entry.getBoolean("readonly")).isFalse();
        assertThat(entry.getString("derivation_path")).isEqualTo("m/12381/3600/0/0/0");

        HttpResponse<String> deleted = send("DELETE", "/eth/v1/keystores", deleteBody(INTEROP_0, INTEROP_0));
        assertThat(statuses(deleted)).containsExactly("deleted", "not_found");
        assertThat(send("GET", "/api/v1/eth2/publicKeys", "").body()).doesNotContain(INTEROP_0);
    }

    @Test
    void badRequestsAre400Or413AndImportNothing() throws Exception {
        String before = send("GET", "/eth/v1/keystores", "").body();
        for (String body : List.of(
                importBody(List.of(INTEROP_1_SECRET), List.of(), null),
                importBody(List.of(INTEROP_1_SECRET), List.of("s3cr3t-guess"), null),
                importBody(List.of(INTEROP_1_SECRET, "0x1234"), List.of("pw", "pw"), null),
                importBody(List.of(INTEROP_1_SECRET), List.of("pw"), "{\"metadata\":{}}"),
                "{\"keystores\": \"x\", \"passwords\": []}", "[]", "", "{\"keystores\": [1], \"passwords\": [\"pw\"]}")) {
            HttpResponse<String> response = send("POST", "/eth/v1/keystores", body);
            assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
            assertThat(json(response).getInt("code")).isEqualTo(400);
            assertThat(json(response).getString("message")).isNotBlank().doesNotContain("s3cr3t-guess");
        }
        HttpResponse<String> tooMany = send("POST", "/eth/v1/keystores",
                importBody(List.of("a", "b", "c", "d"), List.of("pw", "pw", "pw", "pw"), null));
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(send("DELETE", "/eth/v1/keystores", deleteBody("0x12")).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/eth/v1/keystores", "").body()).isEqualTo(before);
    }

    @Test
    void anImportBodyAboveTheSigningLimitOf1MiBIsTheKeyManagersToLimit() throws Exception {
        String padding = "x".repeat(1_300_000);
        HttpResponse<String> response = send("POST", "/eth/v1/keystores",
                "{\"keystores\": [], \"passwords\": [], \"comment\": \"" + padding + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).getJsonArray("data")).isEmpty();
        HttpResponse<String> signing = send("POST", "/api/v1/eth2/sign/" + CONFIGURED, "{\"c\": \"" + padding + "\"}");
        assertThat(signing.statusCode()).as("other routes keep the 1 MiB limit").isEqualTo(413);
    }

    @Test
    void aSecondWriteWhileOneRunsIs429() throws Exception {
        Gate.IMPORT.close();
        CompletableFuture<HttpResponse<String>> first;
        try {
            first = CompletableFuture.supplyAsync(() -> {
                try {
                    return send("POST", "/eth/v1/keystores", importBody(List.of(INTEROP_1_SECRET), List.of("pw"), null));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Gate.IMPORT.awaitEntered();
            HttpResponse<String> second = send("DELETE", "/eth/v1/keystores", deleteBody(INTEROP_0));
            assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
            assertThat(json(second).getString("message")).contains("max_concurrent_writes");
        } finally {
            Gate.IMPORT.open();
        }
        assertThat(statuses(first.get())).containsExactly("imported");
        assertThat(statuses(send("DELETE", "/eth/v1/keystores",
                deleteBody("0xb89bebc699769726a318c8e9971bd3171297c61aea4a6578a7a4f94b547dcba5bac16a89108b6b6a1fe3695d1a874a0b"))))
                .containsExactly("deleted");
    }

    @Test
    void importedHistoryProtectsTheKeyAndADeleteReturnsIt() throws Exception {
        String key = VECTORS.getJsonArray("slashing_scenarios").getJsonObject(0).getString("pubkey");
        String slot = scenarioStep(0).getJsonObject("beacon_block").getJsonObject("block_header").getString("slot");
        String interchange = Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("interchange_format_version", "5")
                        .add("genesis_validators_root", VECTORS.getString("genesis_validators_root")))
                .add("data", Json.createArrayBuilder().add(Json.createObjectBuilder().add("pubkey", key)
                        .add("signed_blocks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("slot", slot)))
                        .add("signed_attestations", Json.createArrayBuilder()))).build().toString();

        HttpResponse<String> imported = send("POST", "/eth/v1/keystores", importBody(
                List.of("0x3f5615898238c4c4f906b507ee917e9ea1bb69b93f1dbd11a34d229c3b06784b"), List.of("pw"), interchange));
        assertThat(statuses(imported)).containsExactly("imported");
        HttpResponse<String> refused = send("POST", "/api/v1/eth2/sign/" + key, scenarioStep(1).toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(412);

        HttpResponse<String> deleted = send("DELETE", "/eth/v1/keystores", deleteBody(key));
        assertThat(statuses(deleted)).containsExactly("deleted");
        assertThat(json(deleted).getString("slashing_protection")).contains(key).contains("\"slot\":\"" + slot + "\"");
        assertThat(send("POST", "/api/v1/eth2/sign/" + key, scenarioStep(1).toString()).statusCode()).isEqualTo(404);
        assertThat(statuses(send("DELETE", "/eth/v1/keystores", deleteBody(key)))).containsExactly("not_active");
    }

    @Test
    void aReloadRunsInTheBackgroundOneAtATime() throws Exception {
        Gate.RELOAD.close();
        try {
            HttpResponse<String> accepted = send("POST", "/reload", "");
            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(json(accepted).getString("status")).isEqualTo("accepted");
            Gate.RELOAD.awaitEntered();

            HttpResponse<String> conflict = send("POST", "/reload", "");
            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(json(conflict).getString("status")).isEqualTo("error");
            assertThat(json(conflict).getInt("code")).isEqualTo(409);
            assertThat(json(send("GET", "/reload", "")).getString("status")).isEqualTo("running");
        } finally {
            Gate.RELOAD.open();
        }
        JsonObject status = json(send("GET", "/reload", ""));
        for (int polls = 0; status.getString("status").equals("running") && polls < 1200; polls++) {
            Thread.sleep(25);
            status = json(send("GET", "/reload", ""));
        }
        assertThat(status.getString("status")).isEqualTo("completed");
        assertThat(status.getString("lastOperationTime")).isNotBlank();
        assertThat(status.containsKey("lastError")).isFalse();
    }
}
