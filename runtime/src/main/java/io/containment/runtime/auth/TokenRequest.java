package io.containment.runtime.auth;

import io.containment.api.auth.TokenKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A request to issue a token.
 *
 * @param name      what to call it
 * @param kind      management or client
 * @param policies  for a client token, the policies it is bound to (all must exist)
 * @param expiresAt when it stops working, if ever
 * @param supplied  the token to use (ASCII bytes, 16–256 of {@code [A-Za-z0-9-]}); empty to generate one
 */
public record TokenRequest(String name, TokenKind kind, List<String> policies, Optional<Instant> expiresAt,
                           Optional<byte[]> supplied) {
}
