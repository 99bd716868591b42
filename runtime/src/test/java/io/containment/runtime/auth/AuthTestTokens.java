package io.containment.runtime.auth;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenKind;
import io.containment.api.auth.TokenRecord;
import io.containment.api.consensus.BlsPublicKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tokens of the auth matrix, issued through the runtime's own {@link AuthAdministration} (the
 * code path of the API and of {@code generate-root-token}); every token string is remembered so
 * tests can look for leaks.
 */
public final class AuthTestTokens {
    public static final Set<Scope> CLIENT_SCOPES = EnumSet.complementOf(EnumSet.of(Scope.AUTH_MANAGE));
    public final String management;
    public final String client;
    public final String otherKey;
    public final String otherOperation;
    public final String expired;
    public final String revoked;
    public final String neverIssued = "ccc-" + "x".repeat(43);
    public final Map<Scope, String> withoutScope = new EnumMap<>(Scope.class);
    public final List<String> all = new ArrayList<>();
    private final AuthAdministration administration;

    public AuthTestTokens(AuthAdministration administration, AuthBackend backend, TokenHasher hasher, BlsPublicKey key,
                   BlsPublicKey otherKeyValue, String operation, String otherOperationValue) {
        this.administration = administration;
        policy("client", CLIENT_SCOPES, Set.of(), Set.of());
        policy("other-key", CLIENT_SCOPES, Set.of(otherKeyValue), Set.of());
        policy("other-operation", CLIENT_SCOPES, Set.of(), Set.of(otherOperationValue));
        management = issue(TokenKind.MANAGEMENT);
        client = issue(TokenKind.CLIENT, "client");
        otherKey = issue(TokenKind.CLIENT, "other-key");
        otherOperation = issue(TokenKind.CLIENT, "other-operation");
        for (Scope scope : Scope.values()) {
            policy("all-but-" + scope.wireName(), EnumSet.complementOf(EnumSet.of(scope)), Set.of(), Set.of());
            withoutScope.put(scope, issue(TokenKind.CLIENT, "all-but-" + scope.wireName()));
        }
        IssuedToken toRevoke = issued(TokenKind.CLIENT, "client");
        revoked = new String(toRevoke.token(), StandardCharsets.US_ASCII);
        administration.revokeToken(toRevoke.record().id(), "test");
        expired = "ccc-expired-" + new SecureRandom().nextInt(1_000_000) + "-aaaaaaaaaaaaaaaaaaaa";
        all.add(expired);
        backend.createToken(new TokenRecord("t-expired", "expired", TokenKind.CLIENT, List.of("client"),
                hasher.hash(expired.getBytes(StandardCharsets.US_ASCII)), Instant.parse("2020-01-01T00:00:00Z"),
                Optional.of(Instant.parse("2020-01-02T00:00:00Z")), Optional.empty()));
    }

    private void policy(String name, Set<Scope> scopes, Set<BlsPublicKey> keys, Set<String> operations) {
        administration.createPolicy(new Policy(name, List.of(new PolicyRule(Effect.ALLOW, scopes, keys, operations))), "test");
    }

    /** Issues a token and remembers it. */
    public String issue(TokenKind kind, String... policies) {
        return new String(issued(kind, policies).token(), StandardCharsets.US_ASCII);
    }

    /** Issues a token, remembers it, and returns its record too. */
    public IssuedToken issued(TokenKind kind, String... policies) {
        IssuedToken issued = administration.createToken(new TokenRequest("test " + String.join(",", policies), kind,
                List.of(policies), Optional.empty(), Optional.empty()), "test");
        all.add(new String(issued.token(), StandardCharsets.US_ASCII));
        return issued;
    }
}
