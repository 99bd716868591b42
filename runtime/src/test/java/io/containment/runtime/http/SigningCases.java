package io.containment.runtime.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signing vectors of {@code vectors/signing/cases.json}: every valid case, and one per request shape. */
final class SigningCases {
    private static final JsonObject VECTORS = load();

    private SigningCases() {
    }

    /** One valid case: the key that signs it, the body, the signature an outside implementation computed. */
    record Case(String name, String pubkey, String secretKey, JsonObject request, String expectedSignature) {
        String type() {
            return request.getString("type");
        }
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (JsonObject c : VECTORS.getJsonArray("cases").getValuesAs(JsonObject.class)) {
            cases.add(new Case(c.getString("name"), c.getString("pubkey"), c.getString("secret_key"),
                    c.getJsonObject("request"), c.getString("expected_signature")));
        }
        return cases;
    }

    /** One case per type and fork version: every shape of request body the API has. */
    static List<Case> onePerShape() {
        Map<String, Case> shapes = new LinkedHashMap<>();
        for (Case c : all()) {
            JsonObject request = c.request();
            String version = request.containsKey("beacon_block")
                    ? request.getJsonObject("beacon_block").getString("version")
                    : request.containsKey("aggregate_and_proof")
                            && request.getJsonObject("aggregate_and_proof").containsKey("version")
                            ? request.getJsonObject("aggregate_and_proof").getString("version") : "";
            shapes.putIfAbsent(c.type() + version, c);
        }
        return new ArrayList<>(shapes.values());
    }

    static String unknownPubkey() {
        return VECTORS.getString("unknown_pubkey");
    }

    private static JsonObject load() {
        try (InputStream in = SigningCases.class.getResourceAsStream("/vectors/signing/cases.json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
