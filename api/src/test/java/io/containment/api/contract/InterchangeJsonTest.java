package io.containment.api.contract;

import static io.containment.api.contract.SlashingFixtures.TWO_POW_63;
import static io.containment.api.contract.SlashingFixtures.UINT64_MAX;
import static io.containment.api.contract.SlashingFixtures.history;
import static io.containment.api.contract.SlashingFixtures.interchange;
import static io.containment.api.contract.SlashingFixtures.root;
import static io.containment.api.contract.SlashingFixtures.signedAttestation;
import static io.containment.api.contract.SlashingFixtures.signedAttestationWithoutRoot;
import static io.containment.api.contract.SlashingFixtures.signedBlock;
import static io.containment.api.contract.SlashingFixtures.signedBlockWithoutRoot;
import static io.containment.api.contract.SlashingFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterchangeJsonTest {

    @Test
    void writtenDocumentReadsBackUnchangedIncludingUnknownRootsAndUint64Extremes() {
        Interchange document = interchange(
                history(validator(1), List.of(signedBlock(UINT64_MAX, root("a")), signedBlockWithoutRoot(TWO_POW_63)),
                        List.of(signedAttestation(0, UINT64_MAX, root("b")), signedAttestationWithoutRoot(1, 2))),
                history(validator(2), List.of(), List.of()));

        String json = InterchangeJson.writeString(document);

        assertThat(InterchangeJson.read(json)).isEqualTo(document);
        assertThat(json).contains("\"slot\":\"18446744073709551615\"", "\"interchange_format_version\":\"5\"");
    }

    @Test
    void otherFormatVersionIsRefused() {
        String json = InterchangeJson.writeString(interchange()).replace("\"5\"", "\"4\"");

        assertThatThrownBy(() -> InterchangeJson.read(json)).isInstanceOf(InvalidInterchangeException.class)
                .hasMessageContaining("interchange_format_version 4");
    }

    @Test
    void malformedValuesAreRefusedNamingWhatIsWrong() {
        String valid = InterchangeJson.writeString(interchange(history(validator(1), List.of(signedBlock(7, root("a"))), List.of())));

        assertThatThrownBy(() -> InterchangeJson.read(valid.replace("\"7\"", "\"-7\""))).isInstanceOf(InvalidInterchangeException.class)
                .hasMessageContaining("slot");
        assertThatThrownBy(() -> InterchangeJson.read(valid.replace("\"7\"", "\"18446744073709551616\"")))
                .isInstanceOf(InvalidInterchangeException.class);
        assertThatThrownBy(() -> InterchangeJson.read(valid.replace("\"pubkey\":\"0x", "\"pubkey\":\"0xzz")))
                .isInstanceOf(InvalidInterchangeException.class);
        assertThatThrownBy(() -> InterchangeJson.read("{\"data\":[]}")).isInstanceOf(InvalidInterchangeException.class)
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> InterchangeJson.read("[]")).isInstanceOf(InvalidInterchangeException.class);
    }

    @Test
    void suiteHasAllThirtyEightFilesAndEveryStepParses() {
        List<InterchangeTestVector> vectors = InterchangeTestVector.all();

        assertThat(vectors).hasSize(InterchangeTestVector.FILE_COUNT);
        assertThat(vectors.stream().mapToInt(v -> v.steps().size()).sum()).isEqualTo(49);
        assertThat(vectors.stream().flatMap(v -> v.steps().stream()).mapToInt(s -> s.blocks().size() + s.attestations().size()).sum())
                .isEqualTo(150);
        assertThat(vectors.stream().flatMap(v -> v.steps().stream()).filter(s -> !s.shouldSucceed()).count()).isOne();
    }
}
