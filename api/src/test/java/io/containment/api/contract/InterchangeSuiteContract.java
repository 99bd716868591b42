package io.containment.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.containment.api.contract.InterchangeTestVector.AttestationAttempt;
import io.containment.api.contract.InterchangeTestVector.BlockAttempt;
import io.containment.api.contract.InterchangeTestVector.Step;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the EIP-3076 interchange test suite, strictly: an import succeeds exactly when
 * {@code should_succeed} says so (our stores never refuse slashable data, so no step is skipped),
 * and every block and attestation after it is accepted or refused exactly as
 * {@code should_succeed_complete} (the complete-history strategy) says. Each attempt is first
 * dry-run with {@code check}, which must give the same verdict without recording anything.
 */
public interface InterchangeSuiteContract extends SlashingContractPart {

    @TestFactory
    default Stream<DynamicTest> eip3076InterchangeSuiteWithCompleteHistory() {
        List<InterchangeTestVector> vectors = InterchangeTestVector.all();
        assertThat(vectors).hasSize(InterchangeTestVector.FILE_COUNT);
        return vectors.stream().map(vector -> dynamicTest(vector.name(), () -> run(vector)));
    }

    private void run(InterchangeTestVector vector) {
        SlashingStore store = slashingFixture().open(vector.genesisValidatorsRoot());
        try {
            for (int i = 0; i < vector.steps().size(); i++) {
                runStep(store, vector.name() + " step " + i, vector.steps().get(i));
            }
        } finally {
            slashingFixture().close(store);
        }
    }

    private static void runStep(SlashingStore store, String where, Step step) {
        if (!step.shouldSucceed()) {
            assertThatThrownBy(() -> store.importInterchange(step.interchange()))
                    .as("%s: import must be refused", where)
                    .isInstanceOf(InvalidInterchangeException.class);
            return;
        }
        assertThatCode(() -> store.importInterchange(step.interchange()))
                .as("%s: import must succeed", where)
                .doesNotThrowAnyException();
        for (int i = 0; i < step.blocks().size(); i++) {
            BlockAttempt attempt = step.blocks().get(i);
            SlashingVerdict dryRun = store.check(attempt.proposal());
            SlashingVerdict verdict = store.checkAndRecord(attempt.proposal());
            expect(where + " block " + i + " " + attempt.proposal(), attempt.shouldSucceedComplete(), dryRun, verdict);
        }
        for (int i = 0; i < step.attestations().size(); i++) {
            AttestationAttempt attempt = step.attestations().get(i);
            SlashingVerdict dryRun = store.check(attempt.vote());
            SlashingVerdict verdict = store.checkAndRecord(attempt.vote());
            expect(where + " attestation " + i + " " + attempt.vote(), attempt.shouldSucceedComplete(), dryRun, verdict);
        }
    }

    private static void expect(String what, boolean shouldSucceed, SlashingVerdict dryRun, SlashingVerdict verdict) {
        assertThat(verdict).as("%s must be %s", what, shouldSucceed ? "signed" : "refused")
                .isInstanceOf(shouldSucceed ? SlashingVerdict.Safe.class : SlashingVerdict.Refused.class);
        assertThat(dryRun).as("%s: check() must give checkAndRecord()'s verdict", what).isEqualTo(verdict);
    }
}
