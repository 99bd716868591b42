package io.containment.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.runtime.config.ConfigLoader;
import io.containment.runtime.config.Settings;
import io.containment.runtime.config.SettingsParser;
import io.containment.runtime.tls.TestCertificates;
import io.containment.runtime.tls.TestCertificates.Issued;
import io.helidon.microprofile.server.Server;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real server started as the CLI starts it, with {@code server.tls.mode: file}, called over TLS on 127.0.0.1. */
class TlsServerTest {
    @TempDir
    Path dir;

    private final Issued ca = TestCertificates.ca("signer CA");
    private Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private Path config(String tls) throws IOException {
        Path file = dir.resolve("config.yaml");
        Path target = Path.of("target").toAbsolutePath();
        Files.writeString(file, """
                server:
                  listen_address: 127.0.0.1
                  listen_port: 0
                  tls:
                %s
                data_dir: %s
                network: mainnet
                plugins: { directory: %s }
                key_sources:
                  test-raw:
                    secret_keys: ["0x25b1166a43c109cb330af8945d364722757c65ed2bfed5444b5a2f057f82d391"]
                anti_slashing: { backend: memory }
                auth: { backend: memory }
                """.formatted(tls.indent(4).stripTrailing(), target.resolve("tls-test-data"), target.resolve("no-plugins")));
        return file;
    }

    private void start(Path configFile) {
        Settings settings = SettingsParser.parse(ConfigLoader.load(Optional.of(configFile), Map.of(), Map.of()),
                Optional.of(configFile), dir);
        server = SignerServer.start(settings, Optional.of(configFile), Map.of(), dir);
    }

    private Issued writeServerPair(String name) {
        return writeServerPair(name, "EC");
    }

    private Issued writeServerPair(String name, String algorithm) {
        Issued pair = TestCertificates.server(ca, name, TestCertificates.keys(algorithm));
        TestCertificates.write(dir.resolve("cert.pem"), TestCertificates.pem(pair.certificate(), ca.certificate()));
        TestCertificates.write(dir.resolve("key.pem"), TestCertificates.pkcs8(pair.privateKey()));
        return pair;
    }

    private HttpResponse<String> get(SSLContext context, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private X509Certificate servedCertificate() throws IOException {
        SSLContext context = TestCertificates.clientContext(ca.certificate(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.port())) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EC", "RSA"})
    void servesTheApiOverTlsWithTheConfiguredCertificate(String algorithm) throws Exception {
        Issued pair = writeServerPair("signer-1", algorithm);
        start(config("mode: file\ncert_path: cert.pem\nkey_path: key.pem"));

        HttpResponse<String> response = get(TestCertificates.clientContext(ca.certificate(), null), "/api/v1/eth2/publicKeys");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("0x88c141df77cd9d8d7a71a75c826c41a9c9f03c6ee1b180f3e7852f6a280099ded351b58d66e653af8e42816a4d8f532e");
        assertThat(servedCertificate()).isEqualTo(pair.certificate());
        HttpClient plain = HttpClient.newHttpClient();
        assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/upcheck"))
                .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void servesAReplacedCertificateWithoutARestart() throws Exception {
        writeServerPair("before-rotation");
        start(config("mode: file\ncert_path: cert.pem\nkey_path: key.pem\nreload_interval_seconds: 1"));
        Issued rotated = writeServerPair("after-rotation");

        assertThat(awaitTrue(() -> servedCertificate().equals(rotated.certificate()))).isTrue();
        assertThat(get(TestCertificates.clientContext(ca.certificate(), null), "/upcheck").body()).isEqualTo("OK");
    }

    @Test
    void aReplacedClientCaDecidesWhichClientsGetThroughFromThenOn() throws Exception {
        writeServerPair("signer");
        Issued oldClient = TestCertificates.client(ca, "old-client");
        Files.writeString(dir.resolve("clients-ca.pem"), TestCertificates.pem(ca.certificate()));
        start(config("mode: file\ncert_path: cert.pem\nkey_path: key.pem\nclient_ca_path: clients-ca.pem\n"
                + "reload_interval_seconds: 1"));
        assertThat(get(TestCertificates.clientContext(ca.certificate(), oldClient), "/upcheck").statusCode()).isEqualTo(200);

        Issued newCa = TestCertificates.ca("new client CA");
        Issued newClient = TestCertificates.client(newCa, "new-client");
        TestCertificates.write(dir.resolve("clients-ca.pem"), TestCertificates.pem(newCa.certificate()));

        assertThat(awaitTrue(() -> get(TestCertificates.clientContext(ca.certificate(), newClient), "/upcheck")
                .statusCode() == 200)).isTrue();
        assertThatThrownBy(() -> get(TestCertificates.clientContext(ca.certificate(), oldClient), "/upcheck"))
                .isInstanceOf(IOException.class);
    }

    /** Waits for the file watcher (it checks every second); a generous bound so a loaded machine cannot fail it. */
    private static boolean awaitTrue(Check check) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (check.holds()) {
                    return true;
                }
            } catch (IOException e) {
                // not yet: the old material still refuses
            }
            Thread.sleep(200);
        }
        return false;
    }

    private interface Check {
        boolean holds() throws IOException, InterruptedException;
    }

    @Test
    void withAClientCaOnlyClientsPresentingACertificateItSignedGetThrough() throws Exception {
        writeServerPair("signer");
        Issued otherCa = TestCertificates.ca("someone else's CA");
        Files.writeString(dir.resolve("clients-ca.pem"), TestCertificates.pem(ca.certificate()));
        start(config("mode: file\ncert_path: cert.pem\nkey_path: key.pem\nclient_ca_path: clients-ca.pem"));

        HttpResponse<String> trusted = get(TestCertificates.clientContext(ca.certificate(),
                TestCertificates.client(ca, "validator-client")), "/upcheck");
        assertThat(trusted.statusCode()).isEqualTo(200);

        assertThatThrownBy(() -> get(TestCertificates.clientContext(ca.certificate(), null), "/upcheck"))
                .as("no client certificate").isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(hasSslCause(e)).isTrue());
        assertThatThrownBy(() -> get(TestCertificates.clientContext(ca.certificate(),
                TestCertificates.client(otherCa, "intruder")), "/upcheck"))
                .as("certificate from another CA").isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(hasSslCause(e)).isTrue());
    }

    @Test
    void plainLoopbackPortServesOnlyUpcheckOn127001() throws Exception {
        writeServerPair("signer");
        int plainPort = freePort();
        start(config("mode: file\ncert_path: cert.pem\nkey_path: key.pem\nplain_loopback_port: " + plainPort));
        HttpClient plain = HttpClient.newHttpClient();

        HttpResponse<String> upcheck = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plainPort
                + "/upcheck")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> keys = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plainPort
                + "/api/v1/eth2/publicKeys")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(upcheck.statusCode()).isEqualTo(200);
        assertThat(upcheck.body()).isEqualTo("OK");
        assertThat(keys.statusCode()).isEqualTo(404);
        assertThat(keys.body()).startsWith("{\"code\":404,\"message\":\"only GET /upcheck");
        assertThat(get(TestCertificates.clientContext(ca.certificate(), null), "/upcheck").statusCode()).isEqualTo(200);
    }

    private static boolean hasSslCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || String.valueOf(t.getMessage()).contains("certificate")) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
