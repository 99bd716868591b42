package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unzipped distribution as an operator runs it: Prometheus metrics on the metrics port, audit
 * lines routed to a file of their own by editing config/logging.properties only, the bundled
 * Grafana dashboard naming metrics the signer serves, and SIGTERM stopping it gracefully.
 */
class ObservabilityEndToEndTest {
    private static final JsonObject VECTORS = load();

    @TempDir
    Path work;

    private static JsonObject load() {
        try (InputStream in = ObservabilityEndToEndTest.class.getResourceAsStream("/e2e/cases.json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonObject> cases() {
        return VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class);
    }

    private Set<String> secrets() {
        Set<String> secrets = new TreeSet<>();
        cases().forEach(c -> secrets.add(c.getString("secret_key")));
        secrets.add(VECTORS.getJsonObject("slashing_key").getString("secret_key"));
        return secrets;
    }

    private Path config(int port, String canary) throws Exception {
        Path keys = Files.createDirectories(work.resolve("keystores"));
        StringBuilder yaml = new StringBuilder();
        secrets().forEach(secret -> yaml.append("---\ntype: file-raw\nprivateKey: \"").append(secret).append("\"\n"));
        Files.writeString(keys.resolve("raw-keys.yaml"), yaml);
        Path config = work.resolve("config.yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                canary_keys: ["%s"]
                key_sources:
                  filesystem: { paths: [%s] }
                """.formatted(port, work.resolve("data"), canary, keys));
        return config;
    }

    /** Uncomments the audit-file lines of the shipped logging.properties, pointing the file into {@code work}. */
    private Path routeAuditToAFile(RunningDistribution dist) throws Exception {
        Path logging = dist.home().resolve("config/logging.properties");
        Path auditFile = work.resolve("audit.0.log");
        String edited = Files.readString(logging)
                .replace("# audit.handlers=", "audit.handlers=")
                .replace("# audit.useParentHandlers=", "audit.useParentHandlers=")
                .replace("# java.util.logging.FileHandler.pattern=/var/log/containment-chamber/audit.%g.log",
                        "java.util.logging.FileHandler.pattern=" + work.resolve("audit.%g.log"))
                .replace("# java.util.logging.FileHandler.formatter=", "java.util.logging.FileHandler.formatter=");
        assertThat(edited).contains("\naudit.handlers=java.util.logging.FileHandler")
                .contains("\njava.util.logging.FileHandler.formatter=io.containment.runtime.audit.JsonLineFormatter");
        Files.writeString(logging, edited);
        return auditFile;
    }

    private static String scrape(int metricsPort) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The metrics port the signer reports at startup ("metrics on http://host:port/metrics"). */
    private static int metricsPort(Path log) throws Exception {
        Matcher m = Pattern.compile("metrics on http://[^ ]+:(\\d+)/metrics").matcher(Files.readString(log));
        assertThat(m.find()).as("the metrics listener is announced").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static double sample(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + " ")).mapToDouble(
                line -> Double.parseDouble(line.substring(series.length() + 1))).sum();
    }

    @Test
    void metricsAuditFileDashboardAndGracefulStop() throws Exception {
        RunningDistribution dist = RunningDistribution.unzip(work.resolve("unzipped"));
        Path auditFile = routeAuditToAFile(dist);
        JsonObject plain = cases().get(0);
        JsonObject canary = cases().stream().filter(c -> !c.getString("pubkey").equals(plain.getString("pubkey")))
                .findFirst().orElseThrow();
        int port = RunningDistribution.freePort();
        Path log = work.resolve("signer.log");
        String scrape;
        try (dist) {
            dist.startServer(config(port, canary.getString("pubkey")), port, log);
            int metricsPort = metricsPort(log); // the build sets CONTAINMENT_METRICS__LISTEN_PORT=0
            assertThat(dist.post("/api/v1/eth2/sign/" + plain.getString("pubkey"), plain.getJsonObject("request").toString())
                    .body()).contains(plain.getString("expected_signature"));
            assertThat(dist.post("/api/v1/eth2/sign/" + canary.getString("pubkey"), canary.getJsonObject("request").toString())
                    .body()).contains(canary.getString("expected_signature"));
            JsonObject scenario = VECTORS.getJsonArray("slashing_scenarios").getJsonObject(0);
            String key = scenario.getString("pubkey");
            assertThat(dist.post("/api/v1/eth2/sign/" + key,
                    scenario.getJsonArray("steps").getJsonObject(0).getJsonObject("request").toString()).statusCode()).isEqualTo(200);
            assertThat(dist.post("/api/v1/eth2/sign/" + key,
                    scenario.getJsonArray("steps").getJsonObject(1).getJsonObject("request").toString()).statusCode()).isEqualTo(412);
            assertThat(dist.post("/api/v1/eth2/sign/" + key, "{\"type\":").statusCode()).isEqualTo(400);
            assertThat(dist.get("/metrics").statusCode()).as("not on the signing port").isEqualTo(404);

            scrape = scrape(metricsPort);
            assertThat(sample(scrape, "containment_canary_signing_total{pubkey=\"" + canary.getString("pubkey") + "\"}"))
                    .isEqualTo(1);
            assertThat(sample(scrape, "containment_keys_active{source=\"filesystem\"}")).isEqualTo(secrets().size());
            assertThat(scrape).contains("containment_signing_requests_total{operation=\"unknown\",status=\"bad_request\"} 1")
                    .contains("containment_slashing_rejections_total{reason=\"DoubleProposal\"} 1");

            assertThat(dist.terminate(Duration.ofSeconds(60))).as("SIGTERM ends the process by itself").isTrue();
        }
        dashboardNamesOnlyServedMetrics(dist.home().resolve("grafana/containment-chamber.json"), scrape);
        auditFileHasOneJsonObjectPerLineAndNoSecret(auditFile, canary.getString("pubkey"));
    }

    private void auditFileHasOneJsonObjectPerLineAndNoSecret(Path auditFile, String canary) throws Exception {
        List<String> lines = Files.readAllLines(auditFile);
        List<JsonObject> events = lines.stream().map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        assertThat(events.stream().filter(e -> e.getString("event").equals("signing")).map(e -> e.getString("outcome"))
                .collect(Collectors.toSet())).contains("signed", "refused_slashing", "bad_request");
        assertThat(events).anySatisfy(e -> assertThat(e.getString("event") + e.getString("pubkey"))
                .isEqualTo("canary_key_used" + canary));
        String all = String.join("\n", lines).toLowerCase(java.util.Locale.ROOT);
        secrets().forEach(secret -> assertThat(all).doesNotContain(secret.substring(2).toLowerCase(java.util.Locale.ROOT)));
    }

    private static void dashboardNamesOnlyServedMetrics(Path dashboard, String scrape) throws Exception {
        String json = Files.readString(dashboard);
        Json.createReader(new StringReader(json)).readObject(); // valid JSON
        Matcher m = Pattern.compile("\\b((?:containment|jvm|process)_[a-z_]+)").matcher(json);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).contains("containment_signing_requests_total", "containment_signing_duration_seconds_bucket",
                "containment_canary_signing_total", "containment_keys_active", "containment_signer_state");
        // served by the auth feature, which this distribution does not configure
        names.remove("containment_auth_rejections_total");
        assertThat(names).allSatisfy(name -> assertThat(scrape).as(name).containsPattern("(?m)^" + name + "[{ ]"));
    }
}
