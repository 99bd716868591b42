package io.containment.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.testing.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL cut off while a signer runs (a TCP proxy between them; the real server keeps serving
 * other tests): every sign request is answered 503 without a signature, each one promptly (the
 * client gives up after {@link #CLIENT_TIMEOUT}, many times the configured 1s timeouts), and the
 * health check says so; once the database is reachable again the same process signs again, as
 * soon as its pool has reconnected (a few seconds at most).
 */
class PostgresOutageEndToEndTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);

    @TempDir
    Path work;
    private final PostgresDatabases databases = new PostgresDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @Test
    void aCutDatabaseGivesOnly503sAndSigningResumesWithoutARestart() throws Exception {
        String pubkey = SigningRequests.pubkeys().getFirst();
        try (TcpProxy proxy = TcpProxy.start(PostgresDatabases.HOST, PostgresDatabases.PORT)) {
            int port = RunningDistribution.freePort();
            Path config = work.resolve("config.yaml");
            Files.writeString(config, """
                    server: { listen_address: 127.0.0.1, listen_port: %d }
                    data_dir: %s
                    network: mainnet
                    key_sources:
                      filesystem: { paths: [%s] }
                    %s
                    """.formatted(port, work.resolve("data"), SigningRequests.keystores(work.resolve("keystores")),
                    PostgresDatabases.antiSlashing(PostgresDatabases.HOST, proxy.port(), databases.create(), "1s")));
            RunningDistribution signer = RunningDistribution.unzip(work.resolve("unzipped"));
            try (signer) {
                signer.startServer(config, port, work.resolve("signer.log"));
                HttpClient client = HttpClient.newHttpClient();
                assertThat(sign(client, port, pubkey, SigningRequests.block(SigningRequests.FIRST_SLOT, 0)).statusCode()).isEqualTo(200);

                proxy.cut();
                List<HttpResponse<String>> during = new ArrayList<>();
                for (int n = 1; n <= 5; n++) {
                    during.add(sign(client, port, pubkey, SigningRequests.block(SigningRequests.FIRST_SLOT + n, 0)));
                    during.add(sign(client, port, pubkey, SigningRequests.attestation(SigningRequests.FIRST_TARGET + n, 0)));
                }
                assertThat(during).allSatisfy(response -> {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                    assertThat(response.body()).doesNotContain("signature");
                });
                assertThat(signer.get("/healthcheck").statusCode()).isEqualTo(503);

                proxy.restore();
                HttpResponse<String> after = firstAnswerOtherThan503(client, port, pubkey,
                        SigningRequests.block(SigningRequests.FIRST_SLOT + 1, 0));
                assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
                assertThat(sign(client, port, pubkey, SigningRequests.block(SigningRequests.FIRST_SLOT, 1)).statusCode())
                        .as("history from before the outage still protects").isEqualTo(412);
                assertThat(signer.get("/healthcheck").statusCode()).isEqualTo(200);
            }
        }
    }

    /**
     * Repeats the request while it is answered 503: the pool reconnects in the background (with a
     * backoff of a few seconds at most) once the database is back.
     */
    private static HttpResponse<String> firstAnswerOtherThan503(HttpClient client, int port, String pubkey, String body)
            throws Exception {
        HttpResponse<String> response = sign(client, port, pubkey, body);
        for (int attempt = 0; attempt < 60 && response.statusCode() == 503; attempt++) {
            Thread.sleep(250);
            response = sign(client, port, pubkey, body);
        }
        return response;
    }

    private static HttpResponse<String> sign(HttpClient client, int port, String pubkey, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/eth2/sign/" + pubkey))
                .timeout(CLIENT_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
