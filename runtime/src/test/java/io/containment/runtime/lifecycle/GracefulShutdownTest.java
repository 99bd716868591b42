package io.containment.runtime.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.runtime.config.ConfigLoader;
import io.containment.runtime.config.Settings;
import io.containment.runtime.config.SettingsParser;
import io.containment.runtime.server.SignerServer;
import io.containment.runtime.testplugins.SigningGate;
import io.helidon.microprofile.server.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping the server in-process while a signature is in flight: new signing requests are turned
 * away, the in-flight one completes with its signature, and only then does the server finish
 * stopping. ({@link SigtermDrainProcessTest} does the same with SIGTERM to a separate process.)
 */
class GracefulShutdownTest {
    private static final Path CONFIG = Path.of("src/test/resources/http/shutdown-test.yaml");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void openGate() {
        SigningGate.open();
    }

    private static JsonObject randaoCase() throws IOException {
        try (InputStream in = GracefulShutdownTest.class.getResourceAsStream("/vectors/signing/cases.json");
             var reader = Json.createReader(in)) {
            JsonObject vectors = reader.readObject();
            String gatedKey = vectors.getJsonArray("keys").getJsonObject(1).getString("pubkey");
            return vectors.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("pubkey").equals(gatedKey))
                    .filter(c -> c.getJsonObject("request").getString("type").equals("RANDAO_REVEAL"))
                    .findFirst().orElseThrow();
        }
    }

    private HttpRequest sign(int port, JsonObject c) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/eth2/sign/" + c.getString("pubkey")))
                .timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(c.getJsonObject("request").toString())).build();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    /** 503 "shutting down" or a closed listener; a 503 "overloaded" (the one slot is busy) means not yet. */
    private boolean refusesNewSigning(int port, JsonObject c) {
        try {
            // a new connection each time: a kept-alive one is still served while the listener drains
            HttpResponse<String> response;
            try (HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                response = fresh.send(sign(port, c), HttpResponse.BodyHandlers.ofString());
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            return response.body().contains("shutting down");
        } catch (IOException closed) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Server start() {
        Map<String, String> overrides = Map.of("server.listen_port", "0", "data_dir", "target/shutdown-test-data");
        Settings settings = SettingsParser.parse(ConfigLoader.load(Optional.of(CONFIG), overrides, Map.of()),
                Optional.of(CONFIG), Path.of("."));
        return SignerServer.start(settings, Optional.of(CONFIG), overrides, Path.of("."));
    }

    /** {@code Server.stop()} in-process: the listener closes first and waits for what it serves. */
    @Test
    void stoppingTheServerWaitsForTheInFlightSignatureAndRefusesNewOnes() throws Exception {
        Server server = start();
        int port = server.port();
        JsonObject c = randaoCase();
        SigningGate.close();
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(sign(port, c), HttpResponse.BodyHandlers.ofString());
        await(() -> SigningGate.held() == 1, "the signature is held at the gate");

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        await(() -> refusesNewSigning(port, c), "new signing requests are refused");
        assertThat(stopping).as("stop waits for the in-flight signature").isNotDone();
        assertThat(inFlight).isNotDone();

        SigningGate.open();
        assertSigned(inFlight.get(2, TimeUnit.MINUTES), c);
        stopping.get(2, TimeUnit.MINUTES);
    }

    private static void assertSigned(HttpResponse<String> response, JsonObject c) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(response.body())).readObject().getString("signature"))
                .isEqualTo(c.getString("expected_signature"));
    }
}
