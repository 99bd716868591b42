package io.containment.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.AuthBackend;
import io.containment.api.consensus.BlsPublicKey;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * Tokens created through the API appear in the one response that created them and nowhere else:
 * not in other responses (headers included), not in any log line (audit included).
 */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/auth-test.yaml")
class AuthLeakHttpTest {
    private static final String KEY = "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c";

    @Inject
    WebTarget target;
    @Inject
    AuthAdministration administration;
    @Inject
    AuthBackend backend;
    @Inject
    TokenHasher hasher;
    @Inject
    AuthCache cache;

    /** Every formatted log line, from every logger. */
    static final class Capture extends Handler {
        final List<String> lines = new ArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public synchronized void publish(LogRecord logRecord) {
            lines.add(formatter.format(logRecord));
        }

        synchronized List<String> snapshot() {
            return List.copyOf(lines);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private final List<String> otherResponses = new ArrayList<>();

    private Response record(Response response) {
        String body = response.readEntity(String.class);
        otherResponses.add(response.getStatus() + " " + response.getStringHeaders() + " " + body);
        return response;
    }

    @Test
    void aTokenAppearsOnlyInTheResponseThatCreatedIt() {
        Capture capture = new Capture();
        capture.setLevel(java.util.logging.Level.ALL);
        // as the distribution logs (INFO), with every level of our own loggers and the audit logger.
        // (Helidon's io.helidon.common.socket at FINE dumps request headers: docs/operations.md warns.)
        Logger root = Logger.getLogger("");
        Logger ours = Logger.getLogger("io.containment");
        Logger audit = Logger.getLogger("audit");
        java.util.logging.Level rootLevel = root.getLevel();
        root.setLevel(java.util.logging.Level.INFO);
        ours.setLevel(java.util.logging.Level.ALL);
        audit.setLevel(java.util.logging.Level.ALL);
        root.addHandler(capture);
        try {
            AuthTestTokens tokens = new AuthTestTokens(administration, backend, hasher, BlsPublicKey.fromHex(KEY),
                    BlsPublicKey.fromHex(KEY), "RANDAO_REVEAL", "ATTESTATION");
            cache.refresh();
            String management = "Bearer " + tokens.management;
            record(target.path("/api/v1/auth/policies").request().header("Authorization", management).post(Entity.entity(
                    "{\"name\":\"leak\",\"rules\":[{\"effect\":\"allow\",\"scopes\":[\"public_keys\"]}]}", "application/json")));
            Response created = target.path("/api/v1/auth/tokens").request().header("Authorization", management)
                    .post(Entity.entity("{\"name\":\"lighthouse\",\"policies\":[\"leak\"],\"expires_in_seconds\":3600}",
                            "application/json"));
            assertThat(created.getStatus()).isEqualTo(201);
            assertThat(created.getHeaderString("Cache-Control")).contains("no-store");
            JsonObject issued = Json.createReader(new StringReader(created.readEntity(String.class))).readObject();
            String token = issued.getString("token");
            assertThat(token).startsWith("ccc-").hasSize(47).matches("[A-Za-z0-9-]+");
            String bearer = "Bearer " + token;
            assertThat(record(target.path("/api/v1/eth2/publicKeys").request().header("Authorization", bearer).get()).getStatus())
                    .isEqualTo(200);
            assertThat(record(target.path("/healthcheck").request().header("Authorization", bearer).get()).getStatus()).isEqualTo(403);
            assertThat(record(target.path("/api/v1/auth/tokens").request().header("Authorization", management).get()).getStatus())
                    .isEqualTo(200);
            assertThat(otherResponses.getLast()).contains(issued.getString("id")).doesNotContain("hash");
            record(target.path("/api/v1/auth/tokens/" + issued.getString("id")).request().header("Authorization", management).delete());
            assertThat(record(target.path("/api/v1/eth2/publicKeys").request().header("Authorization", bearer).get()).getStatus())
                    .isEqualTo(401);
            record(target.path("/api/v1/auth/tokens").request().header("Authorization", "Bearer " + tokens.neverIssued).get());

            root.removeHandler(capture);
            List<String> logLines = capture.snapshot();
            List<String> secrets = new ArrayList<>(tokens.all);
            secrets.add(token);
            String tokenHashHex = hasher.hash(token.getBytes(StandardCharsets.US_ASCII)).toHex();
            assertThat(logLines).as("log lines").isNotEmpty().anySatisfy(line -> assertThat(line).contains("token_created"));
            for (String secret : secrets) {
                assertThat(otherResponses).noneSatisfy(response -> assertThat(response).contains(secret));
                assertThat(logLines).noneSatisfy(line -> assertThat(line).contains(secret));
            }
            assertThat(otherResponses).noneSatisfy(response -> assertThat(response).contains(tokenHashHex));
            assertThat(logLines).noneSatisfy(line -> assertThat(line).contains(tokenHashHex));
        } finally {
            root.removeHandler(capture);
            root.setLevel(rootLevel);
            ours.setLevel(null);
            audit.setLevel(null);
        }
    }
}
