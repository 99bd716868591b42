package io.containment.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.containment.api.consensus.Root;
import io.containment.api.keys.ValidatorKey;
import io.containment.runtime.bls.BlstSecretKeys;
import io.containment.runtime.http.HttpExchange.Answer;
import io.containment.runtime.http.SigningCases.Case;
import io.containment.runtime.http.wire.MalformedRequestException;
import io.containment.runtime.http.wire.SignRequestParser;
import io.containment.runtime.network.Network;
import io.containment.runtime.signing.root.SigningRootCalculator;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.client.WebTarget;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated valid requests (fixed seed) against the running server: no 5xx, every
 * refusal a JSON {code, message}, and every 200 a signature over the root of exactly the body sent
 * (recomputed here as a consistency check; where that root is the genuine one, the signature must be
 * the independent vector's).
 */
@HelidonTest
@AddConfig(key = "containment.config_file", value = "src/test/resources/http/signer-test.yaml")
class SigningFuzzHttpTest {
    private static final long SEED = 0x5EED_C0DEL;
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 6_000);

    @Inject
    WebTarget target;

    private final SignRequestParser parser = new SignRequestParser();
    private final SigningRootCalculator calculator = new SigningRootCalculator();
    private final Map<String, ValidatorKey> keys = new HashMap<>();

    @Test
    void mutatedRequestsNeverGetA5xxNorASignatureOverAnotherRoot() {
        HttpExchange http = new HttpExchange(target.getUri());
        Random random = new Random(SEED);
        Mutator mutator = new Mutator(random);
        List<Case> cases = SigningCases.all();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < MUTANTS; i++) {
            Case c = cases.get(random.nextInt(cases.size()));
            Mutator.Mutant mutant = mutator.mutate(c.request());
            boolean dryRun = random.nextInt(5) == 0;
            String path = (dryRun ? "/api/v1/eth2/slashing/check/" : "/api/v1/eth2/sign/") + c.pubkey();
            Answer answer = http.post(path, "application/json", mutant.body());
            String what = "#" + i + " " + c.name() + " / " + mutant.how() + " → " + answer.status() + " " + answer.body();
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500) {
                fail("server error for " + what);
            }
            if (answer.status() != 200) {
                answer.hasErrorBody();
            } else if (dryRun) {
                assertThat(Json.createReader(new StringReader(answer.body())).readObject()).as(what).containsKey("slashable");
            } else {
                checkSignature(c, mutant.body(), answer.body(), what);
            }
        }
        System.getLogger(SigningFuzzHttpTest.class.getName()).log(System.Logger.Level.INFO,
                "fuzz: {0} mutants, seed {1}, statuses {2}", MUTANTS, Long.toHexString(SEED), statuses);
        assertThat(statuses.keySet()).as("statuses seen %s", statuses).contains(200, 400);
        assertThat(statuses.get(200)).as("enough mutants are valid to exercise the signature check: %s", statuses)
                .isGreaterThan(MUTANTS / 50);
        assertThat(statuses.get(400)).as("%s", statuses).isGreaterThan(MUTANTS / 2);
    }

    /** The signature must be over the root of exactly this body; the genuine root must give the vector's signature. */
    private void checkSignature(Case c, byte[] body, String answer, String what) {
        Optional<Root> root = rootOf(body);
        if (root.isEmpty()) {
            fail("signed a body the runtime's own parser refuses: " + what);
        }
        String signature = Json.createReader(new StringReader(answer)).readObject().getString("signature");
        String expected = key(c).sign(root.get()).toHex();
        assertThat(signature).as("signature over the body's own root: " + what).isEqualTo(expected);
        if (root.get().toHex().equals(rootOf(c.request().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow().toHex())) {
            assertThat(signature).as("genuine root, independent signature: " + what).isEqualTo(c.expectedSignature());
        }
    }

    private Optional<Root> rootOf(byte[] body) {
        try {
            return Optional.of(calculator.signingRoot(parser.parse(body), Network.mainnet()));
        } catch (MalformedRequestException e) {
            return Optional.empty();
        }
    }

    private ValidatorKey key(Case c) {
        return keys.computeIfAbsent(c.pubkey(), pubkey ->
                new BlstSecretKeys().fromSecret(HexFormat.of().parseHex(c.secretKey().substring(2)), "fuzz"));
    }
}
