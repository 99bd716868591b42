package io.containment.api.auth;

import io.containment.api.consensus.BlsPublicKey;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of a {@link Policy}. A request matches the rule when its scope is in {@code scopes},
 * its key (if the request has one) in {@code keys} and its operation (if it has one) in
 * {@code operations}. An <em>empty</em> {@code keys} or {@code operations} set means "any";
 * {@code scopes} is never empty.
 *
 * @param effect     allow or deny
 * @param scopes     the scopes it covers (at least one)
 * @param keys       the validator keys it covers; empty = every key
 * @param operations the signing types it covers ({@code BLOCK_V2}, {@code ATTESTATION}, …, upper case); empty = every type
 */
public record PolicyRule(Effect effect, Set<Scope> scopes, Set<BlsPublicKey> keys, Set<String> operations) {
    public PolicyRule {
        Objects.requireNonNull(effect, "effect");
        scopes = Set.copyOf(scopes);
        keys = Set.copyOf(keys);
        operations = Set.copyOf(operations);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a rule names at least one scope");
        }
        for (String operation : operations) {
            if (operation.isBlank() || !operation.equals(operation.toUpperCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("operations are upper-case signing types, got '" + operation + "'");
            }
        }
    }
}
