package io.containment.runtime.http.wire;

import static io.containment.runtime.http.wire.MalformedRequestException.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One JSON object of a request being read, with its path for error messages; typed, checked getters. */
final class JsonFields {
    private final JsonObject object;
    private final String path;

    private JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /** The request body's top-level object. */
    static JsonFields root(JsonObject object) {
        return new JsonFields(object, "");
    }

    /** The path of field {@code name} of this object, e.g. {@code attestation.target.epoch}. */
    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** True when the field is present and not {@code null}. */
    boolean has(String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /** The field's value; absent and {@code null} are both "is required". */
    JsonValue required(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw at(pathOf(name), "is required");
        }
        return value;
    }

    /** A required nested object. */
    JsonFields object(String name) {
        return asObject(required(name), pathOf(name));
    }

    /** A nested object, or empty when the field is absent or {@code null}. */
    Optional<JsonFields> optionalObject(String name) {
        return has(name) ? Optional.of(object(name)) : Optional.empty();
    }

    /** A required string. */
    String string(String name) {
        JsonValue value = required(name);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw at(pathOf(name), "must be a string");
        }
        return ((JsonString) value).getString();
    }

    /** A required uint64: a decimal string or a non-negative integral JSON number. */
    long uint64(String name) {
        return JsonValues.uint64(required(name), pathOf(name));
    }

    /** Required 0x-hex of exactly {@code length} bytes. */
    byte[] hex(String name, int length) {
        return JsonValues.hex(required(name), pathOf(name), length);
    }

    /** Required 0x-hex of any length of at least one byte (bitlists). */
    byte[] hex(String name) {
        return JsonValues.hex(required(name), pathOf(name), -1);
    }

    /** A required array of objects, each read by {@code element}, of at most {@code limit} elements. */
    <T> List<T> list(String name, int limit, Function<JsonFields, T> element) {
        JsonArray array = array(name, limit);
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(element.apply(asObject(array.get(i), pathOf(name) + "[" + i + "]")));
        }
        return out;
    }

    /** A required array of uint64 values of at most {@code limit} elements. */
    List<Long> uint64List(String name, int limit) {
        JsonArray array = array(name, limit);
        List<Long> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(JsonValues.uint64(array.get(i), pathOf(name) + "[" + i + "]"));
        }
        return out;
    }

    /** A required array of exactly {@code count} hex strings of {@code length} bytes each. */
    List<byte[]> hexVector(String name, int count, int length) {
        JsonArray array = array(name, Integer.MAX_VALUE);
        if (array.size() != count) {
            throw at(pathOf(name), "must have exactly " + count + " elements");
        }
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(JsonValues.hex(array.get(i), pathOf(name) + "[" + i + "]", length));
        }
        return out;
    }

    /** An error about field {@code name} of this object. */
    MalformedRequestException error(String name, String problem) {
        return at(pathOf(name), problem);
    }

    private JsonArray array(String name, int limit) {
        JsonValue value = required(name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw at(pathOf(name), "must be a JSON array");
        }
        JsonArray array = (JsonArray) value;
        if (array.size() > limit) {
            throw at(pathOf(name), "must have at most " + limit + " elements");
        }
        return array;
    }

    private static JsonFields asObject(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw at(path, "must be a JSON object");
        }
        return new JsonFields((JsonObject) value, path);
    }
}
