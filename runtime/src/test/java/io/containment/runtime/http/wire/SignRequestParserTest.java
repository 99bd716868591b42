package io.containment.runtime.http.wire;

import static io.containment.runtime.http.wire.RequestBodies.bytes;
import static io.containment.runtime.http.wire.RequestBodies.string;
import static io.containment.runtime.http.wire.RequestBodies.vector;
import static io.containment.runtime.http.wire.RequestBodies.with;
import static io.containment.runtime.http.wire.RequestBodies.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.runtime.network.Network;
import io.containment.runtime.signing.root.SigningRootCalculator;
import io.containment.runtime.signing.root.SigningVectors;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire rules of the signing API, checked against the signing vectors' expected roots. */
class SignRequestParserTest {
    private final SignRequestParser parser = new SignRequestParser();
    private final SigningRootCalculator calculator = new SigningRootCalculator();

    @ParameterizedTest
    @ValueSource(strings = {"attestation", "Attestation", "aTTESTATION"})
    void readsTheTypeIgnoringCase(String type) {
        SigningVectors.Case vector = vector("ATTESTATION/phase0");

        SignRequest request = parser.parse(bytes(with(vector.request(), "type", string(type))));

        assertThat(request.type()).isEqualTo(SignType.ATTESTATION);
        assertThat(rootOf(request)).isEqualTo(expected(vector));
    }

    @Test
    void foldsOnlyAsciiLettersSoADotlessIDoesNotSpellAType() {
        JsonObject request = with(vector("ATTESTATION/phase0").request(), "type", string("attestat\u0131on"));

        assertThatThrownBy(() -> parser.parse(bytes(request)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessage("unknown type 'attestat?on'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BLOCK_V2/electra", "AGGREGATE_AND_PROOF_V2/electra", "BLOCK_V2/altair"})
    void readsTheVersionIgnoringCase(String name) {
        SigningVectors.Case vector = vector(name);
        String payload = vector.request().containsKey("beacon_block") ? "beacon_block" : "aggregate_and_proof";
        String version = vector.request().getJsonObject(payload).getString("version").toLowerCase();

        SignRequest request = parser.parse(bytes(with(vector.request(), payload + ".version", string(version))));

        assertThat(rootOf(request)).isEqualTo(expected(vector));
    }

    @Test
    void acceptsBothSpellingsOfTheSigningRoot() {
        SigningVectors.Case vector = vector("ATTESTATION/phase0");
        JsonObject camel = vector.request();
        String root = camel.getString("signingRoot");
        JsonObject snake = with(without(camel, "signingRoot"), "signing_root", string(root));
        JsonObject both = with(camel, "signing_root", string(root));

        assertThat(parser.parse(bytes(camel)).suppliedSigningRoot()).contains(Root.fromHex(root));
        assertThat(parser.parse(bytes(snake)).suppliedSigningRoot()).contains(Root.fromHex(root));
        assertThat(parser.parse(bytes(both)).suppliedSigningRoot()).contains(Root.fromHex(root));
        assertThat(parser.parse(bytes(without(camel, "signingRoot"))).suppliedSigningRoot()).isEmpty();
        assertThat(parser.parse(bytes(with(camel, "signingRoot", JsonValue.NULL))).suppliedSigningRoot()).isEmpty();
    }

    @Test
    void refusesTwoDifferentSigningRoots() {
        JsonObject request = with(vector("ATTESTATION/phase0").request(), "signing_root",
                string("0x" + "00".repeat(32)));

        assertThatThrownBy(() -> parser.parse(bytes(request)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessage("signingRoot: differs from signing_root; send one of them");
    }

    @Test
    void ignoresUnknownFieldsAtEveryLevel() {
        SigningVectors.Case vector = vector("ATTESTATION/phase0");
        JsonObject request = with(vector.request(), "extra", Json.createObjectBuilder().add("a", 1).build());
        request = with(request, "fork_info.fork.extra", string("x"));
        request = with(request, "attestation.target.extra", Json.createArrayBuilder().add(1).build());

        assertThat(rootOf(parser.parse(bytes(request)))).isEqualTo(expected(vector));
    }

    @Test
    void acceptsNonNegativeIntegralJsonNumbersForUint64() {
        SigningVectors.Case vector = vector("ATTESTATION/phase0");
        JsonObject request = vector.request();
        request = with(request, "attestation.slot", Json.createValue(
                new BigInteger(request.getJsonObject("attestation").getString("slot"))));
        request = with(request, "fork_info.fork.epoch", Json.createValue(
                new BigInteger(request.getJsonObject("fork_info").getJsonObject("fork").getString("epoch"))));

        assertThat(rootOf(parser.parse(bytes(request)))).isEqualTo(expected(vector));
    }

    @Test
    void readsTheLargestUint64AsStringAndAsNumber() {
        JsonObject request = vector("RANDAO_REVEAL/phase0").request();
        String max = "18446744073709551615";

        SignRequest fromString = parser.parse(bytes(with(request, "randao_reveal.epoch", string(max))));
        SignRequest fromNumber = parser.parse(bytes(with(request, "randao_reveal.epoch",
                Json.createValue(new BigInteger(max)))));

        assertThat(((RandaoRevealSignRequest) fromString).epoch()).isEqualTo(Epoch.FAR_FUTURE);
        assertThat(((RandaoRevealSignRequest) fromNumber).epoch()).isEqualTo(Epoch.FAR_FUTURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "18446744073709551616", "1.5", "1e3", "0x10", " 1", "+1", "", "１"})
    void refusesAnythingButADecimalUint64(String epoch) {
        JsonObject request = with(vector("RANDAO_REVEAL/phase0").request(), "randao_reveal.epoch", string(epoch));

        assertThatThrownBy(() -> parser.parse(bytes(request)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageStartingWith("randao_reveal.epoch: must be a decimal uint64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "18446744073709551616", "1.5", "1e3", "-0.0"})
    void refusesJsonNumbersThatAreNotUint64(String number) {
        JsonObject request = with(vector("RANDAO_REVEAL/phase0").request(), "randao_reveal.epoch",
                Json.createValue(new BigDecimal(number)));

        assertThatThrownBy(() -> parser.parse(bytes(request)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageStartingWith("randao_reveal.epoch: must be a decimal uint64");
    }

    @Test
    void namesTheJsonPathOfABadValue() {
        JsonObject request = vector("ATTESTATION/phase0").request();

        assertThatThrownBy(() -> parser.parse(bytes(with(request, "attestation.target.epoch", string("ten")))))
                .hasMessage("attestation.target.epoch: must be a decimal uint64");
        assertThatThrownBy(() -> parser.parse(bytes(with(request, "attestation.source.root", string("0x1234")))))
                .hasMessage("attestation.source.root: must be 0x-prefixed hex of 32 bytes, got 4 hex digits");
        assertThatThrownBy(() -> parser.parse(bytes(with(request, "fork_info.fork.current_version",
                string("0x0400000g")))))
                .hasMessage("fork_info.fork.current_version: must be 0x-prefixed hex of 4 bytes (not a hex digit)");
        assertThatThrownBy(() -> parser.parse(bytes(without(request, "attestation.source"))))
                .hasMessage("attestation.source: is required");
        assertThatThrownBy(() -> parser.parse(bytes(with(request, "attestation", string("x")))))
                .hasMessage("attestation: must be a JSON object");
    }

    @Test
    void namesTheIndexOfABadListElement() {
        JsonObject request = vector("BLOCK/phase0").request();
        JsonObject body = request.getJsonObject("block").getJsonObject("body");
        JsonObject deposit = body.getJsonArray("deposits").getJsonObject(0);
        JsonObject shortProof = Json.createObjectBuilder(deposit)
                .add("proof", Json.createArrayBuilder(deposit.getJsonArray("proof")).remove(0)).build();
        JsonObject broken = with(request, "block.body.deposits",
                Json.createArrayBuilder(body.getJsonArray("deposits")).set(0, shortProof).build());

        assertThatThrownBy(() -> parser.parse(bytes(broken)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessage("block.body.deposits[0].proof: must have exactly 33 elements");
    }

    @Test
    void refusesListsLongerThanTheirSpecLimit() {
        JsonObject request = vector("BLOCK/phase0").request();
        JsonObject exit = request.getJsonObject("block").getJsonObject("body").getJsonArray("voluntary_exits")
                .getJsonObject(0);
        var exits = Json.createArrayBuilder();
        for (int i = 0; i < 17; i++) {
            exits.add(exit);
        }

        assertThatThrownBy(() -> parser.parse(bytes(with(request, "block.body.voluntary_exits", exits.build()))))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessage("block.body.voluntary_exits: must have at most 16 elements");
    }

    @Test
    void readsABlockHeaderForAnyVersionIncludingPhase0() {
        SigningVectors.Case vector = vector("BLOCK_V2/bellatrix");

        SignRequest request = parser.parse(bytes(with(vector.request(), "beacon_block.version", string("PHASE0"))));

        assertThat(((BlockV2SignRequest) request).version()).isEqualTo(ConsensusVersion.PHASE0);
        assertThat(rootOf(request)).isEqualTo(expected(vector));
    }

    @Test
    void refusesAFullBlockFromBellatrixOnSayingABlockHeaderIsRequired() {
        SigningVectors.Case phase0 = vector("BLOCK_V2/phase0");
        JsonObject block = phase0.request().getJsonObject("beacon_block").getJsonObject("block");
        JsonObject request = with(with(phase0.request(), "beacon_block.version", string("BELLATRIX")),
                "beacon_block.block", block);

        assertThatThrownBy(() -> parser.parse(bytes(request)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessage("beacon_block.block_header: is required for BELLATRIX"
                        + " (a full block is accepted only for PHASE0 and ALTAIR)");
    }

    @Test
    void refusesABlockAndABlockHeaderTogether() {
        SigningVectors.Case bellatrix = vector("BLOCK_V2/bellatrix");
        JsonObject block = vector("BLOCK_V2/phase0").request().getJsonObject("beacon_block").getJsonObject("block");
        JsonObject request = with(bellatrix.request(), "beacon_block.block", block);

        assertThatThrownBy(() -> parser.parse(bytes(request)))
                .hasMessage("beacon_block.block: send either block or block_header, not both");
    }

    @Test
    void refusesAnAltairBlockWithoutItsSyncAggregate() {
        JsonObject request = without(vector("BLOCK_V2/altair").request(), "beacon_block.block.body.sync_aggregate");

        assertThatThrownBy(() -> parser.parse(bytes(request)))
                .hasMessage("beacon_block.block.body.sync_aggregate: is required");
    }

    @Test
    void requiresCommitteeBitsFromElectraAndRefusesThemBefore() {
        JsonObject electra = without(vector("AGGREGATE_AND_PROOF_V2/electra").request(),
                "aggregate_and_proof.data.aggregate.committee_bits");
        JsonObject deneb = with(vector("AGGREGATE_AND_PROOF_V2/deneb").request(),
                "aggregate_and_proof.data.aggregate.committee_bits", string("0x0100000000000000"));

        assertThatThrownBy(() -> parser.parse(bytes(electra)))
                .hasMessage("aggregate_and_proof.data.aggregate.committee_bits: is required");
        assertThatThrownBy(() -> parser.parse(bytes(deneb)))
                .hasMessageStartingWith("aggregate_and_proof.data.aggregate.committee_bits: only ELECTRA");
    }

    @Test
    void refusesBitlistsWithoutDelimiterOrOverTheirLimit() {
        JsonObject request = vector("AGGREGATE_AND_PROOF/phase0").request();
        String path = "aggregate_and_proof.aggregate.aggregation_bits";

        assertThatThrownBy(() -> parser.parse(bytes(with(request, path, string("0x0100")))))
                .hasMessage(path + ": must end in a non-zero byte holding the bitlist's delimiter bit");
        assertThatThrownBy(() -> parser.parse(bytes(with(request, path, string("0x" + "ff".repeat(256) + "02")))))
                .hasMessage(path + ": must have at most 2048 bits");
        assertThat(parser.parse(bytes(with(request, path, string("0x" + "ff".repeat(256) + "01"))))).isNotNull();
    }

    @Test
    void exposesWhatTheSigningPipelineNeeds() {
        SignRequest attestation = parser.parse(vector("ATTESTATION/phase0").body());
        SignRequest block = parser.parse(vector("BLOCK/phase0").body());
        SignRequest blockV2 = parser.parse(vector("BLOCK_V2/deneb").body());
        SignRequest deposit = parser.parse(vector("DEPOSIT").body());
        SignRequest registration = parser.parse(vector("VALIDATOR_REGISTRATION").body());

        assertThat(((AttestationSignRequest) attestation).attestationData().target().epoch()).isEqualTo(new Epoch(10));
        assertThat(((BlockSignRequest) block).slot()).isEqualTo(new Slot(131));
        assertThat(((BlockV2SignRequest) blockV2).slot()).isEqualTo(Slot.parse(vector("BLOCK_V2/deneb").request()
                .getJsonObject("beacon_block").getJsonObject("block_header").getString("slot")));
        assertThat(attestation.forkInfo()).isPresent();
        assertThat(deposit.forkInfo()).isEmpty();
        assertThat(registration.forkInfo()).isEmpty();
    }

    @Test
    void quotesAnUnknownTypeOnlyInAShortPrintableForm() {
        JsonObject request = with(vector("ATTESTATION/phase0").request(), "type", string("\u0000X".repeat(5000)));

        assertThatThrownBy(() -> parser.parse(bytes(request)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageStartingWith("unknown type '?X?X")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(60));
    }

    private Root rootOf(SignRequest request) {
        return calculator.signingRoot(request, Network.mainnet());
    }

    private static Root expected(SigningVectors.Case vector) {
        return Root.fromHex(vector.expectedSigningRoot());
    }
}
