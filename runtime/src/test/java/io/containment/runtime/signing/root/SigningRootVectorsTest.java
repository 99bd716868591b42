package io.containment.runtime.signing.root;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.consensus.Root;
import io.containment.runtime.http.wire.SignRequest;
import io.containment.runtime.http.wire.SignRequestParser;
import io.containment.runtime.http.wire.SignType;
import io.containment.runtime.network.Network;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every signing vector: parse the request, compute its root on mainnet, compare with the independent root. */
class SigningRootVectorsTest {
    private final SignRequestParser parser = new SignRequestParser();
    private final SigningRootCalculator calculator = new SigningRootCalculator();

    static List<SigningVectors.Case> cases() {
        return SigningVectors.cases();
    }

    static List<SigningVectors.Case> slashingScenarioSteps() {
        return SigningVectors.slashingScenarioSteps();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computesTheExpectedSigningRoot(SigningVectors.Case vector) {
        SignRequest request = parser.parse(vector.body());

        assertThat(calculator.signingRoot(request, Network.mainnet()))
                .isEqualTo(Root.fromHex(vector.expectedSigningRoot()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheSuppliedSigningRootWhenTheVectorCarriesOne(SigningVectors.Case vector) {
        SignRequest request = parser.parse(vector.body());

        String supplied = vector.request().containsKey("signingRoot") ? vector.request().getString("signingRoot")
                : vector.request().containsKey("signing_root") ? vector.request().getString("signing_root") : null;
        if (supplied == null) {
            assertThat(request.suppliedSigningRoot()).isEmpty();
        } else {
            assertThat(request.suppliedSigningRoot()).contains(Root.fromHex(supplied));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slashingScenarioSteps")
    void computesTheExpectedSigningRootOfEverySlashingScenarioStep(SigningVectors.Case vector) {
        SignRequest request = parser.parse(vector.body());

        assertThat(calculator.signingRoot(request, Network.mainnet()))
                .isEqualTo(Root.fromHex(vector.expectedSigningRoot()));
    }

    @Test
    void computesTheSameRootsOnManyThreadsAtOnce() throws Exception {
        List<SignRequest> requests = cases().stream().map(vector -> parser.parse(vector.body())).toList();
        List<Root> expected = cases().stream().map(vector -> Root.fromHex(vector.expectedSigningRoot())).toList();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Root>>> runs = new ArrayList<>();
            for (int run = 0; run < 16; run++) {
                runs.add(executor.submit(() -> requests.stream()
                        .map(request -> calculator.signingRoot(request, Network.mainnet()))
                        .toList()));
            }
            for (Future<List<Root>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void theVectorsCoverEverySignType() {
        Set<SignType> covered = cases().stream()
                .map(vector -> parser.parse(vector.body()).type())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignType.class)));

        assertThat(cases()).hasSize(86);
        assertThat(covered).containsExactlyInAnyOrder(SignType.values());
    }
}
