package io.containment.runtime.auth;

import io.containment.api.auth.Scope;
import java.util.Map;
import java.util.Optional;

/**
 * The scope each route needs, by HTTP method and the matched resource's path template. A route
 * listed nowhere is served only in open mode (fail closed for routes added without a rule).
 * {@code /upcheck} needs nothing.
 */
public final class RouteRules {
    /** What a route needs. */
    public sealed interface Requirement {
        /** Nothing at all ({@code /upcheck}). */
        record Open() implements Requirement {
        }

        /** Any live token (any scope): documents identical for every installation. */
        record AnyCaller() implements Requirement {
        }

        /** A scope; {@code keyed} routes carry the validator key in their {@code identifier} path parameter. */
        record Scoped(Scope scope, boolean keyed) implements Requirement {
        }

        /** No rule: open mode only. */
        record Unlisted() implements Requirement {
        }
    }

    /** The path parameter holding the validator key of keyed routes. */
    public static final String KEY_PARAMETER = "identifier";

    private static final Map<String, Requirement> RULES = Map.ofEntries(
            Map.entry("GET /upcheck", new Requirement.Open()),
            Map.entry("GET /openapi", new Requirement.AnyCaller()),
            Map.entry("POST /api/v1/eth2/sign/{identifier}", new Requirement.Scoped(Scope.SIGN, true)),
            Map.entry("POST /api/v1/eth2/slashing/check/{identifier}", new Requirement.Scoped(Scope.SIGN, true)),
            Map.entry("GET /api/v1/eth2/publicKeys", scoped(Scope.PUBLIC_KEYS)),
            Map.entry("GET /api/v1/eth2/highWatermark", scoped(Scope.CHAMBER_STATUS)),
            Map.entry("GET /healthcheck", scoped(Scope.CHAMBER_STATUS)),
            Map.entry("GET /reload", scoped(Scope.LIST_KEYS)),
            Map.entry("POST /reload", scoped(Scope.IMPORT_KEYSTORES)),
            Map.entry("GET /eth/v1/keystores", scoped(Scope.LIST_KEYS)),
            Map.entry("POST /eth/v1/keystores", scoped(Scope.IMPORT_KEYSTORES)),
            Map.entry("DELETE /eth/v1/keystores", scoped(Scope.DELETE_KEYS)),
            Map.entry("GET /eth/v1/remotekeys", scoped(Scope.LIST_KEYS)),
            Map.entry("POST /eth/v1/remotekeys", scoped(Scope.IMPORT_KEYSTORES)),
            Map.entry("DELETE /eth/v1/remotekeys", scoped(Scope.DELETE_KEYS)),
            Map.entry("GET /api/v1/chamber/status", scoped(Scope.CHAMBER_STATUS)),
            Map.entry("POST /api/v1/chamber/init", scoped(Scope.CHAMBER_SEAL)),
            Map.entry("POST /api/v1/chamber/unseal", scoped(Scope.CHAMBER_SEAL)),
            Map.entry("POST /api/v1/chamber/register", scoped(Scope.CHAMBER_SEAL)),
            Map.entry("POST /api/v1/chamber/seal", scoped(Scope.CHAMBER_SEAL)));

    private RouteRules() {
    }

    private static Requirement scoped(Scope scope) {
        return new Requirement.Scoped(scope, false);
    }

    /**
     * @param method   the HTTP method (HEAD counts as GET)
     * @param template the matched path template, e.g. {@code /api/v1/eth2/sign/{identifier}}
     */
    public static Requirement requirement(String method, String template) {
        String path = normalise(template);
        if (path.equals("/api/v1/auth") || path.startsWith("/api/v1/auth/")) {
            return scoped(Scope.AUTH_MANAGE);
        }
        String verb = method.equalsIgnoreCase("HEAD") ? "GET" : method.toUpperCase(java.util.Locale.ROOT);
        return Optional.ofNullable(RULES.get(verb + " " + path)).orElse(new Requirement.Unlisted());
    }

    /** Whether an unrouted request path is the open {@code /upcheck} (exactly). */
    public static boolean isUpcheck(String path) {
        return normalise(path).equals("/upcheck");
    }

    private static String normalise(String path) {
        String joined = ("/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
