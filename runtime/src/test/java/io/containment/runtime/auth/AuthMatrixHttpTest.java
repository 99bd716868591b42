package io.containment.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenKind;
import io.containment.api.consensus.BlsPublicKey;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every route × every kind of caller through the real server: exactly the expected status, and not
 * one success where a refusal was due. Routes added to the runtime get a row here.
 */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/auth-test.yaml")
class AuthMatrixHttpTest {
    private static final JsonObject VECTORS = load();
    private static final JsonObject RANDAO = VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("RANDAO_REVEAL/phase0/random#1")).findFirst().orElseThrow();
    private static final String KEY = RANDAO.getString("pubkey");
    private static final String OTHER_KEY = VECTORS.getJsonArray("keys").getJsonObject(1).getString("pubkey");
    private final AtomicInteger unique = new AtomicInteger();

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
    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    private static JsonObject load() {
        try (InputStream in = AuthMatrixHttpTest.class.getResourceAsStream("/vectors/signing/cases.json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The callers (columns). */
    enum Caller { NO_TOKEN, WRONG_TOKEN, EXPIRED, REVOKED, WITHOUT_SCOPE, OTHER_KEY, OTHER_OPERATION, MANAGEMENT, CLIENT }

    /** What a route answers a caller allowed to use it; {@code null} requirement means open. */
    record Route(String name, Scope scope, boolean keyed, boolean signing, int success, Function<Invocation.Builder, Response> call,
                 String path) {
    }

    private List<Route> routes() {
        String sign = RANDAO.getJsonObject("request").toString();
        return List.of(
                new Route("sign", Scope.SIGN, true, true, 200, b -> b.post(json(sign)), "/api/v1/eth2/sign/" + KEY),
                new Route("slashing check", Scope.SIGN, true, true, 200, b -> b.post(json(sign)), "/api/v1/eth2/slashing/check/" + KEY),
                new Route("public keys", Scope.PUBLIC_KEYS, false, false, 200, Invocation.Builder::get, "/api/v1/eth2/publicKeys"),
                new Route("healthcheck", Scope.CHAMBER_STATUS, false, false, 200, Invocation.Builder::get, "/healthcheck"),
                new Route("high watermark", Scope.CHAMBER_STATUS, false, false, 200, Invocation.Builder::get,
                        "/api/v1/eth2/highWatermark"),
                new Route("list policies", Scope.AUTH_MANAGE, false, false, 200, Invocation.Builder::get, "/api/v1/auth/policies"),
                new Route("read policy", Scope.AUTH_MANAGE, false, false, 200, Invocation.Builder::get, "/api/v1/auth/policies/client"),
                new Route("create policy", Scope.AUTH_MANAGE, false, false, 201, b -> b.post(json(
                        "{\"name\":\"p-" + unique.incrementAndGet() + "\",\"rules\":[{\"effect\":\"deny\",\"scopes\":[\"sign\"]}]}")),
                        "/api/v1/auth/policies"),
                new Route("list tokens", Scope.AUTH_MANAGE, false, false, 200, Invocation.Builder::get, "/api/v1/auth/tokens"),
                new Route("create token", Scope.AUTH_MANAGE, false, false, 201,
                        b -> b.post(json("{\"name\":\"matrix\",\"policies\":[\"client\"]}")), "/api/v1/auth/tokens"));
    }

    private static Entity<byte[]> json(String body) {
        return Entity.entity(body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private AuthTestTokens tokens;

    private synchronized AuthTestTokens tokens() {
        if (tokens == null) {
            tokens = new AuthTestTokens(administration, backend, hasher, BlsPublicKey.fromHex(KEY),
                    BlsPublicKey.fromHex(OTHER_KEY), "RANDAO_REVEAL", "ATTESTATION");
            cache.refresh();
        }
        return tokens;
    }

    private Optional<String> tokenOf(Caller caller, Route route) {
        AuthTestTokens t = tokens();
        return switch (caller) {
            case NO_TOKEN -> Optional.empty();
            case WRONG_TOKEN -> Optional.of(t.neverIssued);
            case EXPIRED -> Optional.of(t.expired);
            case REVOKED -> Optional.of(t.revoked);
            case WITHOUT_SCOPE -> Optional.of(t.withoutScope.get(route.scope()));
            case OTHER_KEY -> Optional.of(t.otherKey);
            case OTHER_OPERATION -> Optional.of(t.otherOperation);
            case MANAGEMENT -> Optional.of(t.management);
            case CLIENT -> Optional.of(t.client);
        };
    }

    private static int expected(Caller caller, Route route) {
        boolean manage = route.scope() == Scope.AUTH_MANAGE;
        return switch (caller) {
            case NO_TOKEN, WRONG_TOKEN, EXPIRED, REVOKED -> 401;
            case WITHOUT_SCOPE -> 403;
            case OTHER_KEY -> manage || route.keyed() ? 403 : route.success();
            case OTHER_OPERATION -> manage || route.signing() ? 403 : route.success();
            case MANAGEMENT -> manage ? route.success() : 403;
            case CLIENT -> manage ? 403 : route.success();
        };
    }

    private Response call(Route route, Optional<String> token) {
        Invocation.Builder builder = target.path(route.path()).request();
        if (token.isPresent()) {
            builder = builder.header("Authorization", "Bearer " + token.get());
        }
        return route.call().apply(builder);
    }

    @Test
    void everyRouteAnswersEveryCallerExactlyAsExpected() {
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Route route : routes()) {
            for (Caller caller : Caller.values()) {
                Response response = call(route, tokenOf(caller, route));
                String body = response.readEntity(String.class);
                int expected = expected(caller, route);
                cells++;
                if (response.getStatus() != expected) {
                    mismatches.add(route.name() + " × " + caller + ": expected " + expected + ", got " + response.getStatus() + " " + body);
                }
                if (expected >= 400) {
                    assertThat(body).as(route.name() + " × " + caller).contains("\"code\":" + expected).contains("\"message\"");
                }
            }
        }
        assertThat(mismatches).as("unexpected statuses").isEmpty();
        assertThat(cells).isEqualTo(routes().size() * Caller.values().length);
        for (Rejection reason : List.of(Rejection.MISSING, Rejection.UNKNOWN, Rejection.EXPIRED, Rejection.REVOKED, Rejection.FORBIDDEN)) {
            assertThat(registry.get(AuthMetrics.REJECTIONS).tag("reason", reason.label()).counter().count())
                    .as("containment_auth_rejections_total{reason=%s}", reason.label()).isGreaterThanOrEqualTo(routes().size());
        }
    }

    @Test
    void publicKeysListsOnlyTheKeysTheTokensPoliciesCover() {
        String all = target.path("/api/v1/eth2/publicKeys").request().header("Authorization", "Bearer " + tokens().client)
                .get(String.class);
        assertThat(all).contains(KEY);
        String limited = target.path("/api/v1/eth2/publicKeys").request().header("Authorization", "Bearer " + tokens().otherKey)
                .get(String.class);
        assertThat(limited).as("a token for another key does not learn which keys this signer holds").doesNotContain(KEY);
    }

    @Test
    void upcheckIsOpenAndUnknownRoutesNeedAToken() {
        assertThat(target.path("/upcheck").request().get().getStatus()).isEqualTo(200);
        String client = tokens().client;
        assertThat(target.path("/api/v1/nothing").request().get().getStatus()).isEqualTo(401);
        assertThat(target.path("/api/v1/nothing").request().header("Authorization", "Bearer " + client).get().getStatus())
                .isEqualTo(404);
        assertThat(target.path("/openapi").request().get().getStatus()).isEqualTo(401);
        assertThat(target.path("/openapi").request().header("Authorization", "Bearer " + client).get().getStatus()).isEqualTo(200);
    }

    @Test
    void basicAuthWithTheTokenAsPasswordWorksLikeBearer() {
        String client = tokens().client;
        String basic = java.util.Base64.getEncoder().encodeToString(("x:" + client).getBytes(StandardCharsets.US_ASCII));
        assertThat(target.path("/api/v1/eth2/publicKeys").request().header("Authorization", "Basic " + basic).get().getStatus())
                .isEqualTo(200);
        String wrong = java.util.Base64.getEncoder().encodeToString(("x:" + tokens().neverIssued).getBytes(StandardCharsets.US_ASCII));
        assertThat(target.path("/api/v1/eth2/publicKeys").request().header("Authorization", "Basic " + wrong).get().getStatus())
                .isEqualTo(401);
        for (String malformed : List.of("Bearer", "Bearer short", "Token " + client, "Basic !!!", "Bearer " + client + "!")) {
            Response response = target.path("/api/v1/eth2/publicKeys").request().header("Authorization", malformed).get();
            assertThat(response.getStatus()).as(malformed).isEqualTo(401);
            assertThat(response.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void aRevokedTokenStopsAtOnceAndOnlyManagementTokensIssueManagementTokens() {
        IssuedToken issued = tokens().issued(TokenKind.CLIENT, "client");
        String token = new String(issued.token(), StandardCharsets.US_ASCII);
        assertThat(target.path("/api/v1/eth2/publicKeys").request().header("Authorization", "Bearer " + token).get().getStatus())
                .isEqualTo(200);
        Response revoke = target.path("/api/v1/auth/tokens/" + issued.record().id()).request()
                .header("Authorization", "Bearer " + tokens().management).delete();
        assertThat(revoke.getStatus()).isEqualTo(200);
        assertThat(revoke.readEntity(String.class)).contains("\"status\":\"revoked\"");
        assertThat(target.path("/api/v1/eth2/publicKeys").request().header("Authorization", "Bearer " + token).get().getStatus())
                .isEqualTo(401);
        administration.createPolicy(new io.containment.api.auth.Policy("manager-client", List.of(new io.containment.api.auth.PolicyRule(
                io.containment.api.auth.Effect.ALLOW, java.util.Set.of(Scope.AUTH_MANAGE), java.util.Set.of(), java.util.Set.of()))), "test");
        String delegate = tokens().issue(TokenKind.CLIENT, "manager-client");
        Response escalation = target.path("/api/v1/auth/tokens").request().header("Authorization", "Bearer " + delegate)
                .post(json("{\"kind\":\"management\"}"));
        assertThat(escalation.getStatus()).isEqualTo(403);
        assertThat(target.path("/api/v1/auth/tokens").request().header("Authorization", "Bearer " + delegate)
                .post(json("{\"policies\":[\"client\"]}")).getStatus()).isEqualTo(201);
    }
}
