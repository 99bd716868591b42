package io.containment.runtime.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Mutates a valid signing request the ways a broken or hostile client would: byte flips,
 * truncation, field deletion and duplication, value type swaps, number and hex perturbation.
 * Deterministic for a given {@link Random}.
 */
final class Mutator {
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final List<JsonValue> WRONG_TYPES = List.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.FALSE,
            Json.createValue(0), Json.createValue(-1), Json.createValue(new BigDecimal("1e400")), Json.createValue(""),
            Json.createValue("0x"), JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT,
            Json.createArrayBuilder().add("0x00").build(), Json.createObjectBuilder().add("a", 1).build());

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** The name of the mutation applied and the mutated body. */
    record Mutant(String how, byte[] body) {
    }

    Mutant mutate(JsonObject request) {
        return switch (random.nextInt(7)) {
            case 0 -> flipBytes(request);
            case 1 -> truncate(request);
            case 2 -> delete(request);
            case 3 -> duplicate(request);
            case 4 -> swapType(request);
            case 5 -> perturbNumber(request);
            default -> perturbHex(request);
        };
    }

    private Mutant flipBytes(JsonObject request) {
        byte[] body = bytes(request.toString());
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips; i++) {
            body[random.nextInt(body.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return new Mutant("flip " + flips + " bytes", body);
    }

    private Mutant truncate(JsonObject request) {
        byte[] body = bytes(request.toString());
        int length = random.nextInt(body.length);
        return new Mutant("truncate to " + length, java.util.Arrays.copyOf(body, length));
    }

    private Mutant delete(JsonObject request) {
        List<String> paths = JsonPaths.all(request);
        String path = paths.get(random.nextInt(paths.size()));
        return new Mutant("delete " + path, bytes(JsonPaths.with(request, path, null).toString()));
    }

    /** Repeats the first key of a random JSON object (as {@code "key":null}) right after its opening brace. */
    private Mutant duplicate(JsonObject request) {
        String text = request.toString();
        int start = -1;
        for (int tries = 0; tries < 20 && start < 0; tries++) {
            int at = text.indexOf("{\"", random.nextInt(text.length()));
            start = at >= 0 ? at : text.indexOf("{\"");
        }
        int keyEnd = text.indexOf('"', start + 2);
        String key = text.substring(start + 2, keyEnd);
        JsonValue value = random.nextBoolean() ? JsonValue.NULL : Json.createValue("0");
        return new Mutant("duplicate " + key, bytes(text.substring(0, start + 1) + "\"" + key + "\":" + value + ","
                + text.substring(start + 1)));
    }

    private Mutant swapType(JsonObject request) {
        List<String> paths = JsonPaths.all(request);
        String path = paths.get(random.nextInt(paths.size()));
        JsonValue value = WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()));
        return new Mutant(path + " = " + value, bytes(JsonPaths.with(request, path, value).toString()));
    }

    private Mutant perturbNumber(JsonObject request) {
        List<String> paths = JsonPaths.matching(request, "[0-9]+");
        if (paths.isEmpty()) {
            return swapType(request);
        }
        String path = paths.get(random.nextInt(paths.size()));
        BigInteger value = new BigInteger(((JsonString) JsonPaths.get(request, path)).getString());
        JsonValue replacement = switch (random.nextInt(11)) {
            case 0 -> Json.createValue(value.add(BigInteger.ONE).toString());
            case 1 -> Json.createValue(value.subtract(BigInteger.ONE).toString());
            case 2 -> Json.createValue("0");
            case 3 -> Json.createValue(MAX_UINT64.toString());
            case 4 -> Json.createValue(MAX_UINT64.add(BigInteger.ONE).toString());
            case 5 -> Json.createValue("-" + value);
            case 6 -> Json.createValue("0" + value);
            case 7 -> Json.createValue(value + "e0");
            case 8 -> Json.createValue(new BigDecimal(value));
            case 9 -> Json.createValue(new BigDecimal(value).add(new BigDecimal("0.5")));
            default -> Json.createValue(value.shiftLeft(64 + random.nextInt(200)).toString());
        };
        return new Mutant(path + " = " + replacement, bytes(JsonPaths.with(request, path, replacement).toString()));
    }

    private Mutant perturbHex(JsonObject request) {
        List<String> paths = JsonPaths.matching(request, "0x[0-9a-fA-F]*");
        String path = paths.get(random.nextInt(paths.size()));
        String hex = ((JsonString) JsonPaths.get(request, path)).getString();
        String replacement = switch (random.nextInt(5)) {
            case 0 -> flipHexDigit(hex);
            case 1 -> hex.toUpperCase().replace("0X", "0x");
            case 2 -> hex + "00";
            case 3 -> hex.substring(0, Math.max(2, hex.length() - 2));
            default -> hex.substring(0, 2 + random.nextInt(Math.max(1, hex.length() - 2))) + "g" + hex.substring(Math.min(hex.length(), 3));
        };
        return new Mutant(path + " = " + abbreviate(replacement), bytes(JsonPaths.with(request, path, Json.createValue(replacement)).toString()));
    }

    private String flipHexDigit(String hex) {
        if (hex.length() <= 2) {
            return hex + "0";
        }
        int at = 2 + random.nextInt(hex.length() - 2);
        char digit = Character.forDigit((Character.digit(hex.charAt(at), 16) + 1 + random.nextInt(15)) % 16, 16);
        return hex.substring(0, at) + digit + hex.substring(at + 1);
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
