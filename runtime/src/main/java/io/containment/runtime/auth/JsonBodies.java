package io.containment.runtime.auth;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading management request bodies; every problem is a 400 naming the field. */
final class JsonBodies {
    private JsonBodies() {
    }

    static JsonObject object(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ManagementRefusal.Invalid("a JSON object body is required");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ManagementRefusal.Invalid("the body must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ManagementRefusal.Invalid("the body is not valid JSON");
        }
    }

    static String string(JsonObject object, String field, String path) {
        return optionalString(object, field, path).orElseThrow(() -> new ManagementRefusal.Invalid(path + field + " is required"));
    }

    static Optional<String> optionalString(JsonObject object, String field, String path) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw new ManagementRefusal.Invalid(path + field + " must be a string");
        }
        return Optional.of(text.getString());
    }

    /** A list of strings; empty when the field is absent. */
    static Optional<List<String>> strings(JsonObject object, String field, String path) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonArray array)) {
            throw new ManagementRefusal.Invalid(path + field + " must be a list of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new ManagementRefusal.Invalid(path + field + " must be a list of strings");
            }
            items.add(text.getString());
        }
        return Optional.of(items);
    }
}
