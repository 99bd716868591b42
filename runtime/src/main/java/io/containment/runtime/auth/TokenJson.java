package io.containment.runtime.auth;

import io.containment.api.auth.TokenKind;
import io.containment.api.auth.TokenRecord;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tokens as JSON. A request: {@code {"name", "kind": "client|management", "policies": […],
 * "expires_in_seconds" | "expires_at", "token"?}}. A listed token: id, name, kind, policies,
 * times and status: never the token, never its hash.
 */
public final class TokenJson {
    private TokenJson() {
    }

    /** Parses a request body; expiry relative to {@code clock}. */
    public static TokenRequest parse(byte[] body, Clock clock) {
        JsonObject object = JsonBodies.object(body);
        String name = JsonBodies.optionalString(object, "name", "").orElse("");
        if (name.length() > 128) {
            throw new ManagementRefusal.Invalid("name must be at most 128 characters");
        }
        TokenKind kind = switch (JsonBodies.optionalString(object, "kind", "").orElse("client").toLowerCase(Locale.ROOT)) {
            case "client" -> TokenKind.CLIENT;
            case "management" -> TokenKind.MANAGEMENT;
            default -> throw new ManagementRefusal.Invalid("kind must be client or management");
        };
        List<String> policies = JsonBodies.strings(object, "policies", "").orElse(List.of());
        if (kind == TokenKind.CLIENT && policies.isEmpty()) {
            throw new ManagementRefusal.Invalid("policies: a client token is bound to at least one policy");
        }
        if (kind == TokenKind.MANAGEMENT && !policies.isEmpty()) {
            throw new ManagementRefusal.Invalid("policies: a management token is bound to no policy");
        }
        Optional<byte[]> supplied = JsonBodies.optionalString(object, "token", "")
                .map(token -> token.getBytes(StandardCharsets.US_ASCII));
        return new TokenRequest(name, kind, List.copyOf(policies), expiry(object, clock), supplied);
    }

    private static Optional<Instant> expiry(JsonObject object, Clock clock) {
        boolean relative = object.containsKey("expires_in_seconds") && object.get("expires_in_seconds") != JsonValue.NULL;
        Optional<String> absolute = JsonBodies.optionalString(object, "expires_at", "");
        if (relative && absolute.isPresent()) {
            throw new ManagementRefusal.Invalid("give expires_in_seconds or expires_at, not both");
        }
        if (relative) {
            if (!(object.get("expires_in_seconds") instanceof JsonNumber seconds) || !seconds.isIntegral()
                    || seconds.longValue() < 1 || seconds.longValue() > 10L * 366 * 86_400) {
                throw new ManagementRefusal.Invalid("expires_in_seconds must be a whole number of seconds, 1 to ten years");
            }
            return Optional.of(clock.instant().plusSeconds(seconds.longValue()));
        }
        try {
            Optional<Instant> at = absolute.map(Instant::parse);
            if (at.isPresent() && !at.get().isAfter(clock.instant())) {
                throw new ManagementRefusal.Invalid("expires_at must be in the future");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new ManagementRefusal.Invalid("expires_at must be an ISO-8601 instant such as 2027-01-31T00:00:00Z");
        }
    }

    /** A token record for listings: never the token or its hash. */
    public static JsonObjectBuilder write(TokenRecord token, Instant now) {
        JsonArrayBuilder policies = Json.createArrayBuilder();
        token.policies().forEach(policies::add);
        String status = token.revokedAt().isPresent() ? "revoked" : token.isActiveAt(now) ? "active" : "expired";
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", token.id()).add("name", token.name())
                .add("kind", token.kind().name().toLowerCase(Locale.ROOT)).add("policies", policies)
                .add("created_at", token.createdAt().toString()).add("status", status);
        token.expiresAt().ifPresent(at -> json.add("expires_at", at.toString()));
        token.revokedAt().ifPresent(at -> json.add("revoked_at", at.toString()));
        return json;
    }
}
