package io.containment.runtime.signing.root;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.runtime.http.wire.MalformedRequestException;
import io.containment.runtime.http.wire.SignRequest;
import io.containment.runtime.http.wire.SignRequestParser;
import io.containment.runtime.network.Network;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The vectors' {@code negative_cases}: what the parser refuses, and what it reads for the caller to refuse. */
class NegativeVectorsTest {
    private final SignRequestParser parser = new SignRequestParser();
    private final SigningRootCalculator calculator = new SigningRootCalculator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NEGATIVE/randao-missing-fork_info | fork_info: is required for RANDAO_REVEAL",
        "NEGATIVE/unknown-type             | unknown type 'NOT_A_TYPE'",
        "NEGATIVE/missing-payload          | voluntary_exit: is required",
    })
    void refusesAMalformedRequestNamingWhatIsWrong(String name, String message) {
        byte[] body = body(name);

        assertThatThrownBy(() -> parser.parse(body))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NEGATIVE/randao-signingRoot-mismatch", "NEGATIVE/aggregation-slot-signingRoot-mismatch"})
    void readsAMismatchedSigningRootSoTheCallerCanRefuseIt(String name) {
        SignRequest request = parser.parse(body(name));

        assertThat(request.suppliedSigningRoot()).isPresent();
        assertThat(request.suppliedSigningRoot().orElseThrow())
                .isNotEqualTo(calculator.signingRoot(request, Network.mainnet()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NEGATIVE/randao-unknown-pubkey", "NEGATIVE/attestation-unknown-pubkey"})
    void readsARequestForAnUnknownKeyBecauseTheKeyIsNotInTheBody(String name) {
        SignRequest request = parser.parse(body(name));

        assertThat(request.forkInfo()).isPresent();
    }

    private static byte[] body(String name) {
        return SigningVectors.negativeCase(name).getJsonObject("request").toString().getBytes(StandardCharsets.UTF_8);
    }
}
