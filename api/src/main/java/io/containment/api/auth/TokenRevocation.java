package io.containment.api.auth;

/** Outcome of {@link AuthBackend#revokeToken}. Revocation is final and happens once. */
public sealed interface TokenRevocation {
    /** Revoked now; the record as stored. */
    record Revoked(TokenRecord token) implements TokenRevocation {
    }

    /** It was revoked before; the record is unchanged. */
    record AlreadyRevoked(TokenRecord token) implements TokenRevocation {
    }

    /** No token has this id. */
    record NotFound(String id) implements TokenRevocation {
    }
}
