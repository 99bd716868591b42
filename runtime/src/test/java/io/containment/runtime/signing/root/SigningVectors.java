package io.containment.runtime.signing.root;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The outside test vectors under {@code src/test/resources/vectors} (copied from shared/testdata). */
public final class SigningVectors {
    private SigningVectors() {
    }

    /** One request with the root an independent implementation computed for it. */
    public record Case(String name, JsonObject request, String expectedSigningRoot) {
        /** The request exactly as a client would POST it. */
        public byte[] body() {
            return request.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code signing/cases.json}. */
    public static JsonObject signingCases() {
        return load("/vectors/signing/cases.json");
    }

    /** {@code networks/networks.json}. */
    public static JsonObject networks() {
        return load("/vectors/networks/networks.json");
    }

    /** The 86 {@code cases[]}. */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (JsonValue value : signingCases().getJsonArray("cases")) {
            JsonObject entry = value.asJsonObject();
            cases.add(new Case(entry.getString("name"), entry.getJsonObject("request"),
                    entry.getString("expected_signing_root")));
        }
        return cases;
    }

    /** The steps of {@code slashing_scenarios[]} that carry an expected signing root. */
    public static List<Case> slashingScenarioSteps() {
        List<Case> steps = new ArrayList<>();
        for (JsonValue scenario : signingCases().getJsonArray("slashing_scenarios")) {
            for (JsonValue value : scenario.asJsonObject().getJsonArray("steps")) {
                JsonObject step = value.asJsonObject();
                if (step.containsKey("expected_signing_root")) {
                    steps.add(new Case(scenario.asJsonObject().getString("name") + " / " + step.getString("label"),
                            step.getJsonObject("request"), step.getString("expected_signing_root")));
                }
            }
        }
        return steps;
    }

    /** The {@code negative_cases[]} entry of this name. */
    public static JsonObject negativeCase(String name) {
        return signingCases().getJsonArray("negative_cases").stream()
                .map(JsonValue::asJsonObject)
                .filter(entry -> entry.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no negative case " + name));
    }

    private static JsonObject load(String resource) {
        try (InputStream in = SigningVectors.class.getResourceAsStream(resource);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
