package io.containment.api.auth;

/** Outcome of {@link AuthBackend#createToken}: ids and hashes are unique; nothing is written when either is taken. */
public sealed interface TokenCreation {
    /** Stored. */
    record Created(TokenRecord token) implements TokenCreation {
    }

    /** Another token has this id; nothing was written. */
    record IdTaken(String id) implements TokenCreation {
    }

    /** Another token has this hash (the same token string was issued before); nothing was written. */
    record HashTaken() implements TokenCreation {
    }
}
