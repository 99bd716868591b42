package io.containment.runtime.http.wire;

import static io.containment.runtime.http.wire.RequestBodies.bytes;
import static io.containment.runtime.http.wire.RequestBodies.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.containment.runtime.network.Network;
import io.containment.runtime.signing.root.SigningRootCalculator;
import io.containment.runtime.signing.root.SigningVectors;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No body, however broken, gets any answer from the parser but a parsed request or a MalformedRequestException. */
class ParserRobustnessTest {
    private static final String ATTESTATION = new String(vector("ATTESTATION/phase0").body(),
            java.nio.charset.StandardCharsets.UTF_8);

    private final SignRequestParser parser = new SignRequestParser();
    private final SigningRootCalculator calculator = new SigningRootCalculator();

    static Stream<Arguments> malformedBodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty body", new byte[0]);
        bodies.put("null body", null);
        bodies.put("whitespace", bytes("  \n "));
        bodies.put("truncated JSON", bytes(ATTESTATION.substring(0, ATTESTATION.length() / 2)));
        bodies.put("missing closing brace", bytes(ATTESTATION.substring(0, ATTESTATION.length() - 1)));
        bodies.put("trailing garbage", bytes(ATTESTATION + " {}"));
        bodies.put("two objects", bytes(ATTESTATION + ATTESTATION));
        bodies.put("JSON null", bytes("null"));
        bodies.put("JSON string", bytes("\"ATTESTATION\""));
        bodies.put("JSON number", bytes("42"));
        bodies.put("JSON array of the request", bytes("[" + ATTESTATION + "]"));
        bodies.put("empty object", bytes("{}"));
        bodies.put("type is a number", bytes("{\"type\": 7}"));
        bodies.put("type is an object", bytes("{\"type\": {}}"));
        bodies.put("type is null", bytes("{\"type\": null}"));
        bodies.put("10,000 open brackets", bytes("[".repeat(10_000)));
        bodies.put("10,000 nested arrays", bytes("[".repeat(10_000) + "]".repeat(10_000)));
        bodies.put("10,000 nested objects", bytes("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        bodies.put("deep nesting in an unknown field", bytes(ATTESTATION.substring(0, ATTESTATION.length() - 1)
                + ",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
        bodies.put("invalid UTF-8 byte", concat(bytes("{\"type\":\""), new byte[] {(byte) 0xff}, bytes("\"}")));
        bodies.put("overlong UTF-8", concat(bytes("{\"type\":\""), new byte[] {(byte) 0xc0, (byte) 0xaf},
                bytes("\"}")));
        bodies.put("UTF-8 surrogate", concat(bytes("{\"type\":\""), new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                bytes("\"}")));
        bodies.put("UTF-16 body", ATTESTATION.getBytes(java.nio.charset.StandardCharsets.UTF_16));
        bodies.put("lone backslash escape", bytes("{\"type\":\"\\x\"}"));
        bodies.put("unpaired surrogate escape", bytes(ATTESTATION.replace("\"ATTESTATION\"", "\"\\ud800\"")));
        bodies.put("control character in string", bytes("{\"type\":\"A\u0001\"}"));
        bodies.put("duplicate key", bytes(ATTESTATION.replace("{\"type\":\"ATTESTATION\"",
                "{\"type\":\"ATTESTATION\",\"type\":\"BLOCK\"")));
        bodies.put("number with 5,000 digits", bytes(ATTESTATION.replace("\"slot\":\"325\"",
                "\"slot\":" + "9".repeat(5_000))));
        bodies.put("number with a huge exponent", bytes(ATTESTATION.replace("\"slot\":\"325\"",
                "\"slot\":1e999999999")));
        bodies.put("number with a huge negative exponent", bytes(ATTESTATION.replace("\"slot\":\"325\"",
                "\"slot\":1e-999999999")));
        bodies.put("NaN", bytes(ATTESTATION.replace("\"slot\":\"325\"", "\"slot\":NaN")));
        bodies.put("single quotes", bytes(ATTESTATION.replace('"', '\'')));
        bodies.put("comment", bytes("/* hi */" + ATTESTATION));
        bodies.put("string of 1 MB as the type", bytes("{\"type\":\"" + "A".repeat(1 << 20) + "\"}"));
        return bodies.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void refusesAMalformedBodyWithAShortMessage(String description, byte[] body) {
        assertThatThrownBy(() -> parser.parse(body))
                .isExactlyInstanceOf(MalformedRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(200));
    }

    @Test
    void namesTheLimitABodyBreaks() {
        assertThatThrownBy(() -> parser.parse(bytes("{\"a\":".repeat(100) + "1" + "}".repeat(100))))
                .hasMessage("request body nests deeper than 32 levels");
        assertThatThrownBy(() -> parser.parse(bytes(ATTESTATION.replace("{\"type\":\"ATTESTATION\"",
                "{\"type\":\"ATTESTATION\",\"type\":\"ATTESTATION\""))))
                .hasMessage("request body repeats a key within one JSON object");
        assertThatThrownBy(() -> parser.parse(bytes(ATTESTATION.replace("\"slot\":\"325\"",
                "\"slot\":" + "9".repeat(5_000)))))
                .hasMessage("request body holds a number of more than 1100 characters");
        assertThatThrownBy(() -> parser.parse(bytes(ATTESTATION + "x")))
                .hasMessageStartingWith("request body is not valid JSON (line 1, column ");
    }

    /** Every value and every key of one vector per type and version, replaced by every wrong-typed value. */
    @Test
    void survivesAWrongValueAtEveryPathOfEveryRequestShape() {
        List<JsonValue> wrongValues = List.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT,
                Json.createArrayBuilder().add(1).add("0x00").build(), Json.createValue(-1),
                Json.createValue(new BigDecimal("1e400")), Json.createValue(new BigDecimal("18446744073709551616")),
                Json.createValue(""), Json.createValue("0x0"), Json.createValue("18446744073709551615"),
                Json.createValue("0x" + "ff".repeat(32)), Json.createValue("0x01"));
        int attempts = 0;
        for (SigningVectors.Case vector : oneVectorPerShape()) {
            for (JsonObject mutant : mutants(vector.request(), wrongValues)) {
                attempts++;
                parseOrRefuse(vector.name(), mutant);
            }
        }
        assertThat(attempts).isGreaterThan(5_000);
    }

    private void parseOrRefuse(String name, JsonObject mutant) {
        try {
            calculator.signingRoot(parser.parse(bytes(mutant)), Network.mainnet());
        } catch (MalformedRequestException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(200);
        } catch (RuntimeException | StackOverflowError e) {
            fail(name + ": " + e + " for " + abbreviate(mutant.toString()), e);
        }
    }

    private static List<SigningVectors.Case> oneVectorPerShape() {
        Map<String, SigningVectors.Case> shapes = new LinkedHashMap<>();
        for (SigningVectors.Case vector : SigningVectors.cases()) {
            JsonObject request = vector.request();
            String version = request.containsKey("beacon_block")
                    ? request.getJsonObject("beacon_block").getString("version")
                    : request.containsKey("aggregate_and_proof")
                            && request.getJsonObject("aggregate_and_proof").containsKey("version")
                            ? request.getJsonObject("aggregate_and_proof").getString("version") : "";
            shapes.putIfAbsent(request.getString("type") + version, vector);
        }
        return new ArrayList<>(shapes.values());
    }

    /** The value itself replaced by each wrong value and, inside it, every key dropped and every child mutated. */
    private static List<JsonObject> mutants(JsonObject request, List<JsonValue> wrongValues) {
        List<JsonObject> out = new ArrayList<>();
        mutate(request, wrongValues, mutated -> mutated.asJsonObject(), out);
        return out;
    }

    private static void mutate(JsonValue value, List<JsonValue> wrongValues, Function<JsonValue, JsonObject> rebuild,
                               List<JsonObject> out) {
        if (value instanceof JsonObject object) {
            for (String key : object.keySet()) {
                out.add(rebuild.apply(Json.createObjectBuilder(object).remove(key).build()));
                for (JsonValue wrong : wrongValues) {
                    out.add(rebuild.apply(Json.createObjectBuilder(object).add(key, wrong).build()));
                }
                mutate(object.get(key), wrongValues,
                        child -> rebuild.apply(Json.createObjectBuilder(object).add(key, child).build()), out);
            }
        } else if (value instanceof JsonArray array && !array.isEmpty()) {
            for (JsonValue wrong : wrongValues) {
                out.add(rebuild.apply(Json.createArrayBuilder(array).set(0, wrong).build()));
            }
            out.add(rebuild.apply(Json.createArrayBuilder(array).add(array.get(0)).build()));
            mutate(array.get(0), wrongValues,
                    child -> rebuild.apply(Json.createArrayBuilder(array).set(0, child).build()), out);
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() < 300 ? text : text.substring(0, 300) + "…";
    }
}
