package io.containment.runtime.auth;

import io.containment.api.auth.Scope;
import io.containment.api.consensus.BlsPublicKey;
import java.util.Optional;

/**
 * What a request wants: a scope, and the key and operation when they are known. The HTTP filter
 * knows the scope and (from the path) the key; the signing pipeline adds the operation from the body.
 */
public record AccessRequest(Scope scope, Optional<BlsPublicKey> key, Optional<String> operation) {
    /** Only a scope. */
    public static AccessRequest scope(Scope scope) {
        return new AccessRequest(scope, Optional.empty(), Optional.empty());
    }

    /** {@code scope} on {@code key} for {@code operation}. */
    public static AccessRequest of(Scope scope, BlsPublicKey key, String operation) {
        return new AccessRequest(scope, Optional.of(key), Optional.of(operation));
    }

    /** For the audit line. */
    public String describe() {
        return scope.wireName() + key.map(k -> " on " + k.toHex()).orElse("") + operation.map(o -> " for " + o).orElse("");
    }
}
