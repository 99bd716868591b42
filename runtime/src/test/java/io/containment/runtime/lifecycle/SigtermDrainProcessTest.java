package io.containment.runtime.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.runtime.metrics.Scrape;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A signer in its own process (the runtime's {@code Main server}, test key source on the class
 * path) receives SIGTERM while a signature is in flight — held until a gate file appears: it
 * refuses new signing, keeps running until the in-flight request is answered with its
 * signature, then exits by itself.
 */
class SigtermDrainProcessTest {
    private static final Path WORK = Path.of("target/sigterm-test").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static JsonObject randaoCase() throws IOException {
        try (InputStream in = SigtermDrainProcessTest.class.getResourceAsStream("/vectors/signing/cases.json");
             var reader = Json.createReader(in)) {
            JsonObject vectors = reader.readObject();
            String gatedKey = vectors.getJsonArray("keys").getJsonObject(1).getString("pubkey");
            return vectors.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("pubkey").equals(gatedKey))
                    .filter(c -> c.getJsonObject("request").getString("type").equals("RANDAO_REVEAL"))
                    .findFirst().orElseThrow();
        }
    }

    private Path config(int port, Path gate) throws IOException {
        Path config = WORK.resolve("config.yaml");
        Files.writeString(config, """
                server: { listen_address: 127.0.0.1, listen_port: %d }
                data_dir: %s
                network: mainnet
                plugins: { directory: %s }
                key_sources:
                  test-signing-gate:
                    secret_keys: ["0x51d0b65185db6989ab0b560d6deed19c7ead0e24b9b6372cbecb1f26bdfad000"]
                    gate_file: %s
                anti_slashing: { backend: memory }
                auth: { backend: memory }
                backpressure: { max_concurrent_signing: 1, queue: 0 }
                """.formatted(port, WORK.resolve("data"), WORK.resolve("no-plugins"), gate));
        return config;
    }

    private HttpRequest sign(int port, JsonObject c) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/eth2/sign/" + c.getString("pubkey")))
                .timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(c.getJsonObject("request").toString())).build();
    }

    private void awaitUp(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("signer exited:\n%s", Files.exists(log) ? Files.readString(log) : "").isTrue();
            try {
                HttpRequest upcheck = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/upcheck")).build();
                if (http.send(upcheck, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("signer did not come up:\n" + Files.readString(log));
    }

    /** The metrics port the signer reports at startup ("metrics on http://host:port/metrics"). */
    private static int metricsPort(Path log) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("metrics on http://[^ ]+:(\\d+)/metrics")
                .matcher(Files.readString(log));
        assertThat(m.find()).as("the metrics listener is announced").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /**
     * A new signing request gets 503 "shutting down" or finds the listener closed: either way, not
     * signed. 503 "overloaded" (the one slot is busy, the signer has not seen SIGTERM yet) means not yet.
     */
    private boolean refusesNewSigning(int port, JsonObject c) throws InterruptedException {
        try {
            // a new connection each time: a kept-alive one is still served while the listener drains
            HttpResponse<String> response;
            try (HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                response = fresh.send(sign(port, c), HttpResponse.BodyHandlers.ofString());
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            return response.body().contains("shutting down");
        } catch (IOException closed) {
            return true;
        }
    }

    @Test
    void sigtermRefusesNewSigningAndExitsOnlyAfterTheInFlightSignature() throws Exception {
        Files.createDirectories(WORK);
        Path gate = WORK.resolve("gate-open");
        Files.deleteIfExists(gate);
        int port = freePort();
        Path log = WORK.resolve("signer.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "io.containment.runtime.cli.Main", "server", "-c",
                config(port, gate).toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitUp(port, log);
        int metricsPort = metricsPort(log); // the build sets CONTAINMENT_METRICS__LISTEN_PORT=0
        JsonObject c = randaoCase();

        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(sign(port, c), HttpResponse.BodyHandlers.ofString());
        while (Scrape.of(metricsPort).value("containment_signing_in_flight", Map.of()) < 1) {
            Thread.sleep(20);
        }
        process.destroy(); // SIGTERM
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!refusesNewSigning(port, c)) {
            assertThat(System.nanoTime()).as("new signing refused in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("the signer waits for the in-flight signature").isTrue();
        assertThat(inFlight).isNotDone();

        Files.createFile(gate);
        HttpResponse<String> response = inFlight.get(2, TimeUnit.MINUTES);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(response.body())).readObject().getString("signature"))
                .isEqualTo(c.getString("expected_signature"));
        // (no assertion on shutdown log lines: the JVM's LogManager closes its handlers in a shutdown
        // hook of its own, concurrently, so lines logged while stopping may or may not be written)
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the signer exits by itself").isTrue();
    }
}
