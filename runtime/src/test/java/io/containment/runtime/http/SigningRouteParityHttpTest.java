package io.containment.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.AuthBackend;
import io.containment.api.consensus.BlsPublicKey;
import io.containment.runtime.auth.AuthAdministration;
import io.containment.runtime.auth.AuthCache;
import io.containment.runtime.auth.AuthTestTokens;
import io.containment.runtime.auth.TokenHasher;
import io.containment.runtime.http.SigningCases.Case;
import io.helidon.microprofile.testing.junit5.AddBean;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/eth2/sign/{identifier}} is served by the Helidon route ({@link SigningRoute}),
 * and with a trailing slash by JAX-RS ({@link SigningResource} behind the filters and exception
 * mappers). Every answer of the one must be the answer of the other: status, Content-Type, body,
 * {@code WWW-Authenticate} and {@code Retry-After}, for each refusal the route has (in the order the
 * checks are made) and for signing with every Accept. {@link JaxRsMarker} shows which way each went.
 */
@HelidonTest
@AddBean(JaxRsMarker.class)
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/auth-test.yaml")
class SigningRouteParityHttpTest {
    private static final List<Case> CASES = SigningCases.all();
    private static final Case RANDAO = byName("RANDAO_REVEAL/phase0/random#1");
    private static final Case ATTESTATION = byName("ATTESTATION/capella/random#1");
    private static final String OTHER_KEY = CASES.stream().map(Case::pubkey).filter(k -> !k.equals(RANDAO.pubkey()))
            .findFirst().orElseThrow();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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

    private static Case byName(String name) {
        return CASES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** One request: who asks, for which identifier, with what headers and body. */
    private record Ask(String name, Optional<String> authorization, String identifier, String contentType, String accept,
                       byte[] body, boolean chunked) {
    }

    /** What the tests compare. */
    private record Answer(int status, String contentType, String body, Optional<String> challenge, Optional<String> retryAfter) {
    }

    @Test
    void theHelidonRouteAnswersExactlyAsJaxRs() {
        AuthTestTokens tokens = new AuthTestTokens(administration, backend, hasher, BlsPublicKey.fromHex(RANDAO.pubkey()),
                BlsPublicKey.fromHex(OTHER_KEY), "RANDAO_REVEAL", "ATTESTATION");
        cache.refresh();
        Optional<String> clientToken = Optional.of("Bearer " + tokens.client);
        Optional<String> otherKey = Optional.of("Bearer " + tokens.otherKey);
        byte[] randao = bytes(RANDAO.request().toString());
        String json = RANDAO.request().toString();
        byte[] tooLarge = bytes(json.substring(0, json.length() - 1) + ",\"pad\":\"" + "a".repeat(1 << 20) + "\"}");
        JsonObject attestation = ATTESTATION.request();
        JsonObject conflicting = Json.createObjectBuilder(attestation).add("attestation",
                Json.createObjectBuilder(attestation.getJsonObject("attestation")).add("beacon_block_root", "0x" + "11".repeat(32)))
                .build();
        JsonObject wrongNetwork = Json.createObjectBuilder(RANDAO.request()).add("fork_info",
                Json.createObjectBuilder(RANDAO.request().getJsonObject("fork_info")).add("genesis_validators_root",
                        "0x" + "22".repeat(32))).build();
        JsonObject wrongRoot = Json.createObjectBuilder(RANDAO.request()).add("signingRoot", "0x" + "33".repeat(32)).build();
        String key = RANDAO.pubkey();

        List<Ask> asks = new ArrayList<>();
        asks.add(new Ask("no token", Optional.empty(), key, "application/json", null, randao, false));
        asks.add(new Ask("unknown token", Optional.of("Bearer " + tokens.neverIssued), key, "application/json", null, randao, false));
        asks.add(new Ask("malformed Authorization", Optional.of("Bearer short"), key, "application/json", null, randao, false));
        asks.add(new Ask("expired token", Optional.of("Bearer " + tokens.expired), key, "application/json", null, randao, false));
        asks.add(new Ask("no token, wrong content type", Optional.empty(), key, "text/plain", null, randao, false));
        asks.add(new Ask("other key's token", otherKey, key, "application/json", null, randao, false));
        asks.add(new Ask("other key's token, wrong content type", otherKey, key, "application/xml", null, randao, false));
        asks.add(new Ask("other key's token, body too large", otherKey, key, "application/json", null, tooLarge, false));
        asks.add(new Ask("other key's token, unknown key", otherKey, SigningCases.unknownPubkey(), "application/json", null,
                randao, false));
        asks.add(new Ask("other operation's token", Optional.of("Bearer " + tokens.otherOperation), key, "application/json", null,
                randao, false));
        asks.add(new Ask("token without sign scope", Optional.of("Bearer " + tokens.withoutScope.get(io.containment.api.auth.Scope.SIGN)),
                key, "application/json", null, randao, false));
        asks.add(new Ask("wrong content type", clientToken, key, "application/x-www-form-urlencoded", null, randao, false));
        asks.add(new Ask("UTF-16 charset", clientToken, key, "application/json; charset=utf-16", null, randao, false));
        asks.add(new Ask("unparsable content type", clientToken, key, ";;;", null, randao, false));
        asks.add(new Ask("declared body too large", clientToken, key, "application/json", null, tooLarge, false));
        asks.add(new Ask("chunked body too large", clientToken, key, "application/json", null, tooLarge, true));
        asks.add(new Ask("chunked body too large, bad identifier", clientToken, "0x12", "application/json", null, tooLarge, true));
        asks.add(new Ask("empty body", clientToken, key, "application/json", null, new byte[0], false));
        asks.add(new Ask("not JSON", clientToken, key, "application/json", null, bytes("{\"type\":"), false));
        asks.add(new Ask("unknown type", clientToken, key, "application/json", null,
                bytes(json.replace("RANDAO_REVEAL", "RANDAO_REVEAL_V9")), false));
        asks.add(new Ask("short identifier", clientToken, "0x12", "application/json", null, randao, false));
        asks.add(new Ask("identifier not hex", clientToken, "0x" + "zz".repeat(48), "application/json", null, randao, false));
        asks.add(new Ask("identifier of no loaded key (all ff)", clientToken, "0x" + "ff".repeat(48), "application/json", null, randao, false));
        asks.add(new Ask("unknown key", clientToken, SigningCases.unknownPubkey(), "application/json", null, randao, false));
        asks.add(new Ask("wrong network", clientToken, key, "application/json", null, bytes(wrongNetwork.toString()), false));
        asks.add(new Ask("supplied signing root differs", clientToken, key, "application/json", null, bytes(wrongRoot.toString()),
                false));
        asks.add(new Ask("slashable attestation", clientToken, ATTESTATION.pubkey(), "application/json", null,
                bytes(conflicting.toString()), false));
        asks.add(new Ask("signed, no Accept", clientToken, key, "application/json", null, randao, false));
        asks.add(new Ask("signed, chunked", clientToken, key, "application/json", null, randao, true));
        asks.add(new Ask("signed, no Content-Type", clientToken, key, null, null, randao, false));
        asks.add(new Ask("signed, Accept JSON", clientToken, key, "application/json", "application/json", randao, false));
        asks.add(new Ask("signed, Accept anything", clientToken, key, "application/json", "text/html, */*;q=0.1", randao, false));
        asks.add(new Ask("signed, Accept text", clientToken, key, "application/json", "text/plain", randao, false));
        asks.add(new Ask("attestation signed again (same data)", clientToken, ATTESTATION.pubkey(), "application/json", null,
                bytes(attestation.toString()), false));

        // the attestation is recorded first, so the conflicting one is slashable and the same one is same data
        assertThat(send(new Ask("record", clientToken, ATTESTATION.pubkey(), "application/json", null,
                bytes(attestation.toString()), false), false).status()).isEqualTo(200);
        List<String> statuses = new ArrayList<>();
        for (Ask ask : asks) {
            Answer helidon = send(ask, false);
            Answer jaxRs = send(ask, true);
            assertThat(helidon).as(ask.name() + ": the Helidon route answers as JAX-RS").isEqualTo(jaxRs);
            statuses.add(ask.name() + " " + helidon.status());
        }
        assertThat(statuses).containsExactly(
                "no token 401", "unknown token 401", "malformed Authorization 401", "expired token 401",
                "no token, wrong content type 401", "other key's token 403", "other key's token, wrong content type 415",
                "other key's token, body too large 413", "other key's token, unknown key 403", "other operation's token 403",
                "token without sign scope 403", "wrong content type 415", "UTF-16 charset 415", "unparsable content type 415",
                "declared body too large 413", "chunked body too large 413", "chunked body too large, bad identifier 413",
                "empty body 400", "not JSON 400", "unknown type 400", "short identifier 400", "identifier not hex 400",
                "identifier of no loaded key (all ff) 404", "unknown key 404", "wrong network 403", "supplied signing root differs 400",
                "slashable attestation 412", "signed, no Accept 200", "signed, chunked 200", "signed, no Content-Type 200",
                "signed, Accept JSON 200", "signed, Accept anything 200", "signed, Accept text 200",
                "attestation signed again (same data) 200");
    }

    private Answer send(Ask ask, boolean throughJaxRs) {
        String path = "/api/v1/eth2/sign/" + ask.identifier() + (throughJaxRs ? "/" : "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.getUri().toString()).resolve(path))
                .POST(ask.chunked()
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(ask.body()))
                        : HttpRequest.BodyPublishers.ofByteArray(ask.body()));
        ask.authorization().ifPresent(value -> request.header("Authorization", value));
        if (ask.contentType() != null) {
            request.header("Content-Type", ask.contentType());
        }
        if (ask.accept() != null) {
            request.header("Accept", ask.accept());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue(JaxRsMarker.HEADER)).as(ask.name() + " served by JAX-RS")
                    .isEqualTo(throughJaxRs ? Optional.of("jax-rs") : Optional.empty());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue("WWW-Authenticate"), response.headers().firstValue("Retry-After"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
