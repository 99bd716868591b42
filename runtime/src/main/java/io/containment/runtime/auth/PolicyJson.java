package io.containment.runtime.auth;

import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.consensus.BlsPublicKey;
import io.containment.runtime.http.wire.SignType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Policies as JSON: {@code {"name":…, "rules":[{"effect":"allow|deny", "scopes":[…], "keys":[…], "operations":[…]}]}}.
 * {@code keys} and {@code operations} omitted or {@code ["*"]} mean any; {@code scopes: ["*"]} means every scope.
 */
public final class PolicyJson {
    private static final String ANY = "*";

    private PolicyJson() {
    }

    /** Parses a request body. */
    public static Policy parse(byte[] body) {
        JsonObject object = JsonBodies.object(body);
        String name = JsonBodies.string(object, "name", "");
        if (!Policy.isValidName(name)) {
            throw new ManagementRefusal.Invalid("name must be 1-64 characters of A-Z a-z 0-9 . _ -");
        }
        JsonValue rules = object.get("rules");
        if (!(rules instanceof JsonArray array) || array.isEmpty()) {
            throw new ManagementRefusal.Invalid("rules must be a non-empty list of rules");
        }
        List<PolicyRule> parsed = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject rule)) {
                throw new ManagementRefusal.Invalid("rules[" + i + "] must be an object");
            }
            parsed.add(rule(rule, "rules[" + i + "]."));
        }
        return new Policy(name, parsed);
    }

    private static PolicyRule rule(JsonObject rule, String path) {
        Effect effect = switch (JsonBodies.string(rule, "effect", path).toLowerCase(Locale.ROOT)) {
            case "allow" -> Effect.ALLOW;
            case "deny" -> Effect.DENY;
            default -> throw new ManagementRefusal.Invalid(path + "effect must be allow or deny");
        };
        List<String> scopeNames = JsonBodies.strings(rule, "scopes", path)
                .orElseThrow(() -> new ManagementRefusal.Invalid(path + "scopes is required"));
        Set<Scope> scopes = scopeNames.equals(List.of(ANY)) ? EnumSet.allOf(Scope.class)
                : items(scopeNames, path + "scopes", name -> Scope.fromWireName(name).orElse(null));
        Set<BlsPublicKey> keys = anyOr(JsonBodies.strings(rule, "keys", path), path + "keys", PolicyJson::key);
        Set<String> operations = anyOr(JsonBodies.strings(rule, "operations", path), path + "operations", PolicyJson::operation);
        return new PolicyRule(effect, scopes, keys, operations);
    }

    private static <T> Set<T> anyOr(Optional<List<String>> values, String path, Function<String, T> parse) {
        if (values.isEmpty() || values.get().equals(List.of(ANY))) {
            return Set.of();
        }
        return items(values.get(), path, parse);
    }

    private static <T> Set<T> items(List<String> values, String path, Function<String, T> parse) {
        if (values.isEmpty()) {
            throw new ManagementRefusal.Invalid(path + " must not be empty (omit it or write [\"*\"] for any)");
        }
        Set<T> items = new LinkedHashSet<>();
        for (String value : values) {
            T item = parse.apply(value);
            if (item == null) {
                throw new ManagementRefusal.Invalid(path + " has an unknown value '" + value + "'");
            }
            items.add(item);
        }
        return items;
    }

    private static BlsPublicKey key(String hex) {
        try {
            return BlsPublicKey.fromHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String operation(String type) {
        try {
            return SignType.valueOf(type.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The JSON form of a policy. */
    public static JsonObject write(Policy policy) {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        for (PolicyRule rule : policy.rules()) {
            rules.add(Json.createObjectBuilder()
                    .add("effect", rule.effect().name().toLowerCase(Locale.ROOT))
                    .add("scopes", sorted(rule.scopes().stream().map(Scope::wireName).toList()))
                    .add("keys", sorted(rule.keys().isEmpty() ? List.of(ANY)
                            : rule.keys().stream().map(BlsPublicKey::toHex).toList()))
                    .add("operations", sorted(rule.operations().isEmpty() ? List.of(ANY) : List.copyOf(rule.operations()))));
        }
        return Json.createObjectBuilder().add("name", policy.name()).add("rules", rules).build();
    }

    private static JsonArrayBuilder sorted(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array;
    }
}
