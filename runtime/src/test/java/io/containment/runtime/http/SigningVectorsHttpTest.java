package io.containment.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Slot;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.SlashingStore;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every case of the independent signing vectors (Lodestar SSZ + blst) through the real HTTP
 * server: JSON and text responses, negative cases, slashing scenarios.
 */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/signer-test.yaml")
class SigningVectorsHttpTest {
    private static final JsonObject VECTORS = load();

    @Inject
    SlashingStore slashingStore;
    @Inject
    WebTarget target;

    private static JsonObject load() {
        try (InputStream in = SigningVectorsHttpTest.class.getResourceAsStream("/vectors/signing/cases.json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response post(String pubkey, JsonObject body, String accept) {
        var request = target.path("/api/v1/eth2/sign/" + pubkey).request();
        if (accept != null) {
            request = request.header("Accept", accept);
        }
        return request.post(Entity.entity(body.toString().getBytes(StandardCharsets.UTF_8), "application/json"));
    }

    @Test
    void everyCaseSignsWithTheExpectedSignatureAsJsonAndText() {
        List<JsonObject> cases = VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class);
        assertThat(cases).hasSize(86);
        for (JsonObject c : cases) {
                {
                    String expected = c.getString("expected_signature");
                    Response json = post(c.getString("pubkey"), c.getJsonObject("request"), "application/json");
                    String jsonBody = json.readEntity(String.class);
                    assertThat(json.getStatus()).as(c.getString("name") + ": " + jsonBody).isEqualTo(200);
                    assertThat(Json.createReader(new java.io.StringReader(jsonBody)).readObject().getString("signature"))
                            .isEqualTo(expected);
                    Response text = post(c.getString("pubkey"), c.getJsonObject("request"), "text/plain");
                    assertThat(text.getStatus()).isEqualTo(200);
                    assertThat(text.getMediaType().toString()).startsWith("text/plain");
                    assertThat(text.readEntity(String.class)).as(c.getString("name")).isEqualTo(expected);
                }
        }
    }

    @Test
    void negativeCasesGetTheirStatusAndAJsonReason() {
        for (JsonObject c : VECTORS.getJsonArray("negative_cases").getValuesAs(JsonObject.class)) {
                {
                    Response response = post(c.getString("pubkey"), c.getJsonObject("request"), null);
                    JsonObject error = Json.createReader(new java.io.StringReader(response.readEntity(String.class))).readObject();
                    assertThat(response.getStatus()).as(c.getString("name")).isEqualTo(c.getInt("expected_status"));
                    assertThat(error.getInt("code")).isEqualTo(c.getInt("expected_status"));
                    assertThat(error.getString("message")).isNotBlank();
                }
        }
    }

    @Test
    void slashingScenariosGet412WhereExpectedAndNoSignature() {
        for (JsonObject scenario : VECTORS.getJsonArray("slashing_scenarios").getValuesAs(JsonObject.class)) {
            for (JsonObject step : scenario.getJsonArray("steps").getValuesAs(JsonObject.class)) {
                Response response = post(scenario.getString("pubkey"), step.getJsonObject("request"), null);
                String body = response.readEntity(String.class);
                assertThat(response.getStatus()).as(scenario.getString("name") + " / " + step.getString("label") + ": " + body)
                        .isEqualTo(step.getInt("expected_status"));
                if (step.containsKey("expected_signature") && step.get("expected_signature").getValueType() == JsonValue.ValueType.STRING) {
                    assertThat(body).contains(step.getString("expected_signature"));
                }
                if (step.getInt("expected_status") == 412) {
                    assertThat(body).doesNotContain("signature\"").contains("slashing protection refused");
                }
            }
        }
    }

    @Test
    void wrongGenesisValidatorsRootIs403() {
        JsonObject c = VECTORS.getJsonArray("cases").getJsonObject(7);
        JsonObject request = c.getJsonObject("request");
        JsonObject forkInfo = Json.createObjectBuilder(request.getJsonObject("fork_info"))
                .add("genesis_validators_root", "0x" + "11".repeat(32)).build();
        Response response = post(c.getString("pubkey"), Json.createObjectBuilder(request).add("fork_info", forkInfo).build(), null);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.readEntity(String.class)).contains("genesis_validators_root");
    }

    @Test
    void malformedBodiesAndPathsAre400NeverA500() {
        String key = VECTORS.getJsonArray("keys").getJsonObject(0).getString("pubkey");
        for (String body : List.of("", "{", "[]", "null", "{\"type\":1}", "{\"type\":\"RANDAO_REVEAL\"}",
                "{\"type\":\"RANDAO_REVEAL\",\"fork_info\":{},\"randao_reveal\":{\"epoch\":\"-1\"}}")) {
            Response response = target.path("/api/v1/eth2/sign/" + key).request()
                    .post(Entity.entity(body.getBytes(StandardCharsets.UTF_8), "application/json"));
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(response.readEntity(String.class)).contains("\"code\":400");
        }
        Response badPath = target.path("/api/v1/eth2/sign/0x1234").request()
                .post(Entity.entity("{}".getBytes(StandardCharsets.UTF_8), "application/json"));
        assertThat(badPath.getStatus()).isEqualTo(400);
    }

    @Test
    void publicKeysUpcheckAndHealthcheckAnswer() {
        String keys = target.path("/api/v1/eth2/publicKeys").request().get(String.class);
        assertThat(keys).contains(VECTORS.getJsonObject("slashing_key").getString("pubkey"));
        assertThat(target.path("/upcheck").request().get(String.class)).isEqualTo("OK");
        Response health = target.path("/healthcheck").request().get();
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.readEntity(String.class)).contains("\"outcome\":\"UP\"").contains("5 keys loaded");
    }

    private Response check(String pubkey, String body) {
        return target.path("/api/v1/eth2/slashing/check/" + pubkey).request()
                .post(Entity.entity(body.getBytes(StandardCharsets.UTF_8), "application/json"));
    }

    private static String block(String slot, String parentByte) {
        return """
                {"type":"BLOCK_V2","fork_info":{"fork":{"previous_version":"0x04000000","current_version":"0x05000000",
                "epoch":"364032"},"genesis_validators_root":"0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95"},
                "beacon_block":{"version":"ELECTRA","block_header":{"slot":"%s","proposer_index":"1",
                "parent_root":"0x%s","state_root":"0x%s","body_root":"0x%s"}}}"""
                .formatted(slot, parentByte.repeat(32), "22".repeat(32), "33".repeat(32));
    }

    @Test
    void slashingCheckIsADryRunThatSignsAndRecordsNothing() {
        String key = VECTORS.getJsonArray("keys").getJsonObject(1).getString("pubkey");
        assertThat(check(key, block("20000000", "aa")).readEntity(String.class)).isEqualTo("{\"slashable\":false}");
        assertThat(check(key, block("20000000", "bb")).readEntity(String.class)).isEqualTo("{\"slashable\":false}");
        Response signed = target.path("/api/v1/eth2/sign/" + key).request()
                .post(Entity.entity(block("20000000", "bb").getBytes(StandardCharsets.UTF_8), "application/json"));
        assertThat(signed.getStatus()).as("the dry runs recorded nothing").isEqualTo(200);
        assertThat(check(key, block("20000000", "bb")).readEntity(String.class)).isEqualTo("{\"slashable\":false}");
        String conflicting = check(key, block("20000000", "aa")).readEntity(String.class);
        assertThat(conflicting).contains("\"slashable\":true").contains("DoubleProposal").contains("double proposal")
                .doesNotContain("signature");
        assertThat(check(VECTORS.getString("unknown_pubkey"), block("1", "aa")).getStatus()).isEqualTo(404);
        assertThat(check(key, "{").getStatus()).isEqualTo(400);
    }

    @Test
    void highWatermarkIsAnEmptyObjectUntilSetThenStopsSigningAtAndAboveIt() {
        String key = VECTORS.getJsonArray("keys").getJsonObject(2).getString("pubkey");
        assertThat(target.path("/api/v1/eth2/highWatermark").request().get(String.class)).isEqualTo("{}");
        slashingStore.setHighWatermark(Optional.of(new HighWatermark(new Slot(30000000), new Epoch(900000))));
        try {
            assertThat(target.path("/api/v1/eth2/highWatermark").request().get(String.class))
                    .isEqualTo("{\"epoch\":\"900000\",\"slot\":\"30000000\"}");
            Response refused = target.path("/api/v1/eth2/sign/" + key).request()
                    .post(Entity.entity(block("30000000", "cc").getBytes(StandardCharsets.UTF_8), "application/json"));
            assertThat(refused.getStatus()).isEqualTo(412);
            assertThat(refused.readEntity(String.class)).contains("high watermark slot 30000000");
            Response below = target.path("/api/v1/eth2/sign/" + key).request()
                    .post(Entity.entity(block("29999999", "cc").getBytes(StandardCharsets.UTF_8), "application/json"));
            assertThat(below.getStatus()).isEqualTo(200);
        } finally {
            slashingStore.setHighWatermark(Optional.empty());
        }
        assertThat(target.path("/api/v1/eth2/highWatermark").request().get(String.class)).isEqualTo("{}");
    }

    @Test
    void servesAnOpenApiDocumentOfTheSigningApi() {
        Response response = target.path("/openapi").request().get();
        String document = response.readEntity(String.class);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(document).contains("openapi").contains("/api/v1/eth2/sign/{identifier}");
    }

    @Test
    void unknownRoutesAnswerJson404() {
        Response response = target.path("/api/v1/nothing").request().get();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.readEntity(String.class)).contains("\"code\":404");
    }
}
