package io.containment.runtime.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Dotted paths into a JSON document ({@code block.body.graffiti}, {@code aggregation_bits.0}). */
final class JsonPaths {
    private JsonPaths() {
    }

    /** Every path to a string value matching {@code regex} (whole string). */
    static List<String> matching(JsonValue value, String regex) {
        List<String> out = new ArrayList<>();
        collect(value, "", regex, out);
        return out;
    }

    /** Every path in the document, objects and arrays included. */
    static List<String> all(JsonValue value) {
        List<String> out = new ArrayList<>();
        collect(value, "", null, out);
        return out;
    }

    private static void collect(JsonValue value, String prefix, String regex, List<String> out) {
        if (value instanceof JsonObject object) {
            for (String key : object.keySet()) {
                visit(object.get(key), prefix.isEmpty() ? key : prefix + "." + key, regex, out);
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                visit(array.get(i), prefix + "." + i, regex, out);
            }
        }
    }

    private static void visit(JsonValue child, String path, String regex, List<String> out) {
        if (regex == null || child instanceof JsonString s && s.getString().matches(regex)) {
            out.add(path);
        }
        collect(child, path, regex, out);
    }

    static JsonValue get(JsonValue root, String path) {
        JsonValue at = root;
        for (String part : path.split("\\.")) {
            at = at instanceof JsonArray array ? array.get(Integer.parseInt(part)) : at.asJsonObject().get(part);
        }
        return at;
    }

    /** A copy with the value at {@code path} replaced ({@code null} replacement: removed). */
    static JsonObject with(JsonObject root, String path, JsonValue replacement) {
        return (JsonObject) replace(root, path.split("\\."), 0, replacement);
    }

    private static JsonValue replace(JsonValue at, String[] parts, int index, JsonValue replacement) {
        String part = parts[index];
        boolean last = index == parts.length - 1;
        if (at instanceof JsonArray array) {
            int i = Integer.parseInt(part);
            var builder = Json.createArrayBuilder(array);
            if (last && replacement == null) {
                return builder.remove(i).build();
            }
            return builder.set(i, last ? replacement : replace(array.get(i), parts, index + 1, replacement)).build();
        }
        JsonObject object = at.asJsonObject();
        var builder = Json.createObjectBuilder(object);
        if (last && replacement == null) {
            return builder.remove(part).build();
        }
        return builder.add(part, last ? replacement : replace(object.get(part), parts, index + 1, replacement)).build();
    }
}
