package io.containment.plugins.keys.filesystem;

import io.containment.api.consensus.Hex;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One object of a keystore with its dotted path, for typed reads whose errors name the field
 * ({@code crypto.kdf.params.n is missing}). Keystore fields are not secret; values quoted in
 * errors are still shortened and restricted to harmless characters.
 */
record JsonSection(JsonObject object, String path) {
    static JsonSection root(JsonValue value) throws KeyFileException {
        if (!(value instanceof JsonObject object)) {
            throw new KeyFileException("not a JSON object");
        }
        return new JsonSection(object, "");
    }

    JsonSection object(String name) throws KeyFileException {
        if (value(name) instanceof JsonObject child) {
            return new JsonSection(child, path(name));
        }
        throw wrongType(name, "an object");
    }

    String string(String name) throws KeyFileException {
        if (value(name) instanceof JsonString string) {
            return string.getString();
        }
        throw wrongType(name, "a string");
    }

    int integer(String name) throws KeyFileException {
        if (value(name) instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw new KeyFileException(path(name) + " is out of range");
            }
        }
        throw wrongType(name, "an integer");
    }

    /** Hex with or without 0x; {@code length} -1 accepts any length. */
    byte[] hex(String name, int length) throws KeyFileException {
        String text = string(name);
        try {
            byte[] bytes = Hex.decode(text);
            if (length >= 0 && bytes.length != length) {
                throw new KeyFileException(path(name) + " must be " + length + " bytes, got " + bytes.length);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(path(name) + " is not hex (" + e.getMessage() + ")");
        }
    }

    /** Checks {@code function} is the one supported value. */
    void function(String supported) throws KeyFileException {
        String function = string("function");
        if (!function.equals(supported)) {
            throw new KeyFileException(path("function") + " " + quote(function) + " is not supported (only " + supported + ")");
        }
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A value from a file, safe for a log line: quoted, at most 40 characters of [A-Za-z0-9._-]. */
    static String quote(String untrusted) {
        String shown = untrusted.length() > 40 ? untrusted.substring(0, 40) + "…" : untrusted;
        return "'" + shown.replaceAll("[^A-Za-z0-9._\\-…]", "?") + "'";
    }

    private JsonValue value(String name) throws KeyFileException {
        JsonValue value = object.get(name);
        if (value == null) {
            throw new KeyFileException(path(name) + " is missing");
        }
        return value;
    }

    private KeyFileException wrongType(String name, String expected) {
        return new KeyFileException(path(name) + " must be " + expected);
    }
}
