package io.containment.api.auth;

import java.util.List;

/**
 * Everything a backend holds, as of one {@code revision}: what the runtime caches to check
 * requests without a storage round trip.
 *
 * @param revision the backend's {@link AuthBackend#revision()} this view corresponds to
 * @param policies every policy
 * @param tokens   every token record, revoked ones included
 */
public record AuthSnapshot(long revision, List<Policy> policies, List<TokenRecord> tokens) {
    public AuthSnapshot {
        policies = List.copyOf(policies);
        tokens = List.copyOf(tokens);
    }
}
