package io.containment.api.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a backend keeps of a token: never the token itself, only its {@link TokenHash}.
 *
 * @param id        unique, public identifier (1–64 characters of {@code [A-Za-z0-9_-]}), used to list and revoke
 * @param name      what the operator called it (free text, at most 128 characters)
 * @param kind      management or client
 * @param policies  the policy names a client token is bound to (empty for a management token)
 * @param hash      HMAC-SHA256 of the token; unique across all tokens
 * @param createdAt when it was issued
 * @param expiresAt when it stops working, if ever
 * @param revokedAt when it was revoked, if it was
 */
public record TokenRecord(String id, String name, TokenKind kind, List<String> policies, TokenHash hash,
                          Instant createdAt, Optional<Instant> expiresAt, Optional<Instant> revokedAt) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public TokenRecord {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("token ids are 1-64 characters of A-Z a-z 0-9 _ -");
        }
        Objects.requireNonNull(name, "name");
        if (name.length() > 128) {
            throw new IllegalArgumentException("token names are at most 128 characters");
        }
        Objects.requireNonNull(kind, "kind");
        policies = List.copyOf(policies);
        if (kind == TokenKind.MANAGEMENT && !policies.isEmpty()) {
            throw new IllegalArgumentException("a management token is bound to no policy");
        }
        if (kind == TokenKind.CLIENT && policies.isEmpty()) {
            throw new IllegalArgumentException("a client token is bound to at least one policy");
        }
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /** Whether the token is usable at {@code now}: not revoked and not expired. */
    public boolean isActiveAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }

    /** This record marked revoked at {@code when}. */
    public TokenRecord revokedAt(Instant when) {
        return new TokenRecord(id, name, kind, policies, hash, createdAt, expiresAt, Optional.of(when));
    }
}
