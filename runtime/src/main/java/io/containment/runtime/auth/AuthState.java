package io.containment.runtime.auth;

import io.containment.api.auth.AuthSnapshot;
import io.containment.api.auth.Policy;
import io.containment.api.auth.TokenHash;
import io.containment.api.auth.TokenKind;
import io.containment.api.auth.TokenRecord;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable view of one backend snapshot, precomputed for request checks: tokens by hash with
 * their policies' rules already gathered. Looking a token up is one HMAC, one hash-map lookup and
 * a constant-time comparison; no storage is touched.
 *
 * @param revision the backend revision it was built from
 * @param open     no policy exists and auth is not required: everyone is served (but auth management)
 * @param policies how many policies exist
 */
public record AuthState(long revision, boolean open, int policies, Map<TokenHash, Caller> callers) {

    /** Builds the state; {@code required} keeps it closed even without policies. */
    public static AuthState of(AuthSnapshot snapshot, boolean required) {
        Map<String, Policy> policies = snapshot.policies().stream()
                .collect(Collectors.toUnmodifiableMap(Policy::name, Function.identity()));
        Map<TokenHash, Caller> callers = new HashMap<>();
        for (TokenRecord token : snapshot.tokens()) {
            callers.put(token.hash(), token.kind() == TokenKind.MANAGEMENT ? new Caller.Manager(token)
                    : new Caller.Client(token, Grants.of(token.policies(), policies)));
        }
        return new AuthState(snapshot.revision(), policies.isEmpty() && !required, policies.size(), Map.copyOf(callers));
    }

    /** The caller presenting a token with this hash at {@code now}, or why not. */
    public Authentication authenticate(TokenHash hash, Instant now) {
        Caller caller = callers.get(hash);
        if (caller == null) {
            return new Authentication.Rejected(Rejection.UNKNOWN);
        }
        TokenRecord token = switch (caller) {
            case Caller.Manager manager -> manager.token();
            case Caller.Client client -> client.token();
            case Caller.Anonymous anonymous -> throw new IllegalStateException("no token is anonymous");
        };
        if (!MessageDigest.isEqual(token.hash().bytes(), hash.bytes())) {
            return new Authentication.Rejected(Rejection.UNKNOWN);
        }
        if (token.revokedAt().isPresent()) {
            return new Authentication.Rejected(Rejection.REVOKED);
        }
        if (!token.isActiveAt(now)) {
            return new Authentication.Rejected(Rejection.EXPIRED);
        }
        return new Authentication.Authenticated(caller);
    }

    /** The outcome of checking a token. */
    public sealed interface Authentication {
        /** A live token. */
        record Authenticated(Caller caller) implements Authentication {
        }

        /** Not a live token. */
        record Rejected(Rejection rejection) implements Authentication {
        }
    }
}
