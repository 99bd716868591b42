package io.containment.runtime.http.wire;

import io.containment.runtime.signing.root.SigningVectors;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;

/** Vector requests to start from, and small edits of them. */
final class RequestBodies {
    private RequestBodies() {
    }

    /** The first vector whose name starts with {@code prefix}. */
    static SigningVectors.Case vector(String prefix) {
        return SigningVectors.cases().stream()
                .filter(vector -> vector.name().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no vector " + prefix));
    }

    /** {@code object} with the value at the dotted {@code path} replaced (or added). */
    static JsonObject with(JsonObject object, String path, JsonValue value) {
        int dot = path.indexOf('.');
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        if (dot < 0) {
            return builder.add(path, value).build();
        }
        String head = path.substring(0, dot);
        return builder.add(head, with(object.getJsonObject(head), path.substring(dot + 1), value)).build();
    }

    /** {@code object} without the value at the dotted {@code path}. */
    static JsonObject without(JsonObject object, String path) {
        int dot = path.indexOf('.');
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        if (dot < 0) {
            return builder.remove(path).build();
        }
        String head = path.substring(0, dot);
        return builder.add(head, without(object.getJsonObject(head), path.substring(dot + 1))).build();
    }

    static JsonValue string(String text) {
        return Json.createValue(text);
    }

    static byte[] bytes(JsonObject object) {
        return object.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
