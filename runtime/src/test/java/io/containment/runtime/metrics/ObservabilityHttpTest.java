package io.containment.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Metrics scraped over HTTP from the metrics listener, and audit lines, while the real server
 * signs, refuses and signs with a canary key (interop-0, see observability-test.yaml).
 */
@HelidonTest
@AddConfig(key = "containment.config_file", value = ObservabilityHttpTest.CONFIG)
class ObservabilityHttpTest {
    static final String CONFIG = "src/test/resources/http/observability-test.yaml";
    private static final JsonObject VECTORS = load();
    private static final String CANARY = VECTORS.getJsonArray("keys").getJsonObject(0).getString("pubkey");
    private static final String REQUESTS = "containment_signing_requests_total";

    @Inject
    WebTarget target;
    @Inject
    MetricsServer metricsServer;

    private static JsonObject load() {
        try (InputStream in = ObservabilityHttpTest.class.getResourceAsStream("/vectors/signing/cases.json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response post(String pubkey, String body) {
        return target.path("/api/v1/eth2/sign/" + pubkey).request()
                .post(Entity.entity(body.getBytes(StandardCharsets.UTF_8), "application/json"));
    }

    /** The first vector case of {@code type} signed by {@code pubkey}. */
    private static JsonObject vector(String type, String pubkey) {
        return VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonObject("request").getString("type").equals(type) && c.getString("pubkey").equals(pubkey))
                .findFirst().orElseThrow();
    }

    private static String block(String slot, String parentByte) {
        return """
                {"type":"BLOCK_V2","fork_info":{"fork":{"previous_version":"0x04000000","current_version":"0x05000000",
                "epoch":"364032"},"genesis_validators_root":"0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95"},
                "beacon_block":{"version":"ELECTRA","block_header":{"slot":"%s","proposer_index":"1",
                "parent_root":"0x%s","state_root":"0x%s","body_root":"0x%s"}}}"""
                .formatted(slot, parentByte.repeat(32), "22".repeat(32), "33".repeat(32));
    }

    private static double delta(Scrape before, Scrape after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    @Test
    void countersMoveAfterSigningRefusalBadInputAndCanaryUse() throws Exception {
        String other = VECTORS.getJsonArray("keys").getJsonObject(1).getString("pubkey");
        String slashingKey = VECTORS.getJsonObject("slashing_key").getString("pubkey");
        JsonObject plain = vector("RANDAO_REVEAL", other);
        JsonObject canary = vector("RANDAO_REVEAL", CANARY);
        Scrape before = Scrape.of(metricsServer.port());

        assertThat(post(other, plain.getJsonObject("request").toString()).readEntity(String.class))
                .contains(plain.getString("expected_signature"));
        assertThat(post(slashingKey, block("30000000", "aa")).getStatus()).isEqualTo(200);
        assertThat(post(slashingKey, block("30000000", "bb")).getStatus()).isEqualTo(412);
        Response canaryResponse = post(CANARY, canary.getJsonObject("request").toString());
        assertThat(canaryResponse.getStatus()).as("a canary key still signs").isEqualTo(200);
        assertThat(canaryResponse.readEntity(String.class)).contains(canary.getString("expected_signature"));
        assertThat(post(other, "{").getStatus()).isEqualTo(400);
        assertThat(post(VECTORS.getString("unknown_pubkey"), plain.getJsonObject("request").toString()).getStatus())
                .isEqualTo(404);

        Scrape after = Scrape.of(metricsServer.port());
        assertThat(delta(before, after, REQUESTS, Map.of("operation", "randao_reveal", "status", "signed"))).isEqualTo(2);
        assertThat(delta(before, after, REQUESTS, Map.of("operation", "block_v2", "status", "signed"))).isEqualTo(1);
        assertThat(delta(before, after, REQUESTS, Map.of("operation", "block_v2", "status", "refused_slashing"))).isEqualTo(1);
        assertThat(delta(before, after, REQUESTS, Map.of("operation", "unknown", "status", "bad_request"))).isEqualTo(1);
        assertThat(delta(before, after, REQUESTS, Map.of("operation", "randao_reveal", "status", "unknown_key"))).isEqualTo(1);
        assertThat(delta(before, after, "containment_slashing_rejections_total", Map.of("reason", "DoubleProposal")))
                .isEqualTo(1);
        assertThat(delta(before, after, "containment_canary_signing_total", Map.of("pubkey", CANARY))).isEqualTo(1);
        assertThat(after.value("containment_canary_signing_total", Map.of("pubkey", other))).isZero();
        assertThat(delta(before, after, "containment_signing_duration_seconds_count", Map.of("operation", "randao_reveal")))
                .isEqualTo(3);
        assertThat(delta(before, after, "containment_slashing_store_duration_seconds_count",
                Map.of("operation", "check_and_record", "kind", "block", "outcome", "refused"))).isEqualTo(1);
        assertThat(after.value("containment_slashing_store_duration_seconds_bucket",
                Map.of("operation", "check_and_record", "kind", "block", "outcome", "safe", "le", "+Inf")))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void exposesKeysSealStateBackpressureAndJvmMetricsInThePrometheusFormat() throws Exception {
        Scrape scrape = Scrape.of(metricsServer.port());
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(scrape.value("containment_keys_active", Map.of("source", "test-raw"))).isEqualTo(5);
        assertThat(scrape.value("containment_key_loading_duration_seconds_count", Map.of("source", "test-raw")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.value("containment_signer_state", Map.of("state", "unsealed"))).isEqualTo(1);
        assertThat(scrape.value("containment_signer_state", Map.of("state", "sealed"))).isZero();
        assertThat(scrape.has("containment_signing_in_flight")).isTrue();
        assertThat(scrape.has("containment_signing_queued")).isTrue();
        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
        assertThat(scrape.has("jvm_threads_live_threads")).isTrue();
        assertThat(scrape.has("process_uptime_seconds")).isTrue();
        assertThat(scrape.has("process_cpu_usage")).isTrue();
    }

    @Test
    void metricsAreServedOnlyOnTheMetricsListener() {
        assertThat(metricsServer.port()).isPositive();
        assertThat(target.path("/metrics").request().get().getStatus()).isEqualTo(404);
    }

    @Test
    void healthcheckReportsTheSealStateAsACheck() {
        String body = target.path("/healthcheck").request().get(String.class);
        JsonObject seal = Json.createReader(new StringReader(body)).readObject().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals("seal-check")).findFirst()
                .orElseThrow();
        assertThat(seal.getString("status")).isEqualTo("UP");
        assertThat(seal.getString("detail")).isEqualTo("unsealed (no master key configured)");
    }

    @Test
    void everySigningOutcomeIsOneJsonAuditLineWithoutSecretKeyMaterial() throws Exception {
        String other = VECTORS.getJsonArray("keys").getJsonObject(2).getString("pubkey");
        String slashingKey = VECTORS.getJsonObject("slashing_key").getString("pubkey");
        JsonObject randao = vector("RANDAO_REVEAL", other).getJsonObject("request");
        String wrongNetwork = randao.toString().replace(
                "0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95", "0x" + "11".repeat(32));
        List<String> lines;
        try (AuditCapture audit = new AuditCapture()) {
            post(other, randao.toString());
            post(slashingKey, block("40000000", "aa"));
            post(slashingKey, block("40000000", "bb"));
            post(other, "{\"type\":\"RANDAO_REVEAL\"}");
            post(VECTORS.getString("unknown_pubkey"), randao.toString());
            post(other, wrongNetwork);
            post(CANARY, vector("RANDAO_REVEAL", CANARY).getJsonObject("request").toString());
            lines = audit.lines();
        }
        List<JsonObject> events = lines.stream().map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        assertThat(events).allSatisfy(e -> assertThat(e.getString("target")).isEqualTo("audit"));
        assertThat(events.stream().filter(e -> e.getString("event").equals("signing")).map(e -> e.getString("outcome"))
                .collect(Collectors.toSet()))
                .containsAll(Set.of("signed", "refused_slashing", "bad_request", "unknown_key", "wrong_network"));
        assertThat(events).filteredOn(e -> e.getString("event").equals("signing"))
                .allSatisfy(e -> assertThat(e.keySet()).contains("time", "pubkey", "type", "outcome"));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getString("event")).isEqualTo("canary_key_used");
            assertThat(e.getString("pubkey")).isEqualTo(CANARY);
            assertThat(e.getString("outcome")).isEqualTo("signed");
        });
        String all = String.join("", lines).toLowerCase(java.util.Locale.ROOT);
        for (String secret : secrets()) {
            assertThat(all).doesNotContain(secret.substring(2).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Every secret key of the test configuration and the vectors. */
    private static Set<String> secrets() throws java.io.IOException {
        Matcher m = Pattern.compile("\"(0x[0-9a-fA-F]{64})\"").matcher(Files.readString(Path.of(CONFIG)));
        Set<String> secrets = new java.util.HashSet<>();
        while (m.find()) {
            secrets.add(m.group(1));
        }
        VECTORS.getJsonArray("keys").getValuesAs(JsonObject.class).forEach(k -> secrets.add(k.getString("secret_key")));
        secrets.add(VECTORS.getJsonObject("slashing_key").getString("secret_key"));
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(5);
        return secrets;
    }
}
