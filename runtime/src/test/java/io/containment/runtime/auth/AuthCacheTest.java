package io.containment.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.AuthBackend;
import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenKind;
import io.containment.api.contract.ReferenceAuthBackend;
import io.containment.runtime.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two signer instances sharing one backend: what one writes, the other serves after its next refresh. */
class AuthCacheTest {
    private final ReferenceAuthBackend.Storage storage = new ReferenceAuthBackend.Storage();
    private final TokenHasher hasher = new TokenHasher(new byte[32]);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);

    private AuthAdministration administration(AuthBackend backend) {
        return new AuthAdministration(backend, hasher, new AuditLog(clock), clock, new SecureRandom(), () -> { });
    }

    private AuthState.Authentication check(AuthCache cache, String token) {
        return cache.current().authenticate(hasher.hash(token.getBytes(StandardCharsets.US_ASCII)), clock.instant());
    }

    @Test
    void anotherInstanceServesANewTokenAndDropsARevokedOneAtItsNextRefresh() {
        AuthBackend first = new ReferenceAuthBackend(storage);
        AuthCache other = new AuthCache(new ReferenceAuthBackend(storage), false, clock);
        assertThat(other.current().open()).isTrue();
        AuthAdministration admin = administration(first);
        admin.createPolicy(new Policy("p", List.of(new PolicyRule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(), Set.of()))), "test");
        IssuedToken issued = admin.createToken(new TokenRequest("vc", TokenKind.CLIENT, List.of("p"), Optional.empty(),
                Optional.empty()), "test");
        String token = new String(issued.token(), StandardCharsets.US_ASCII);
        assertThat(check(other, token)).as("before the refresh").isEqualTo(new AuthState.Authentication.Rejected(Rejection.UNKNOWN));
        other.refresh();
        assertThat(other.current().open()).isFalse();
        assertThat(check(other, token)).isInstanceOf(AuthState.Authentication.Authenticated.class);
        admin.revokeToken(issued.record().id(), "test");
        other.refresh();
        assertThat(check(other, token)).isEqualTo(new AuthState.Authentication.Rejected(Rejection.REVOKED));
    }

    @Test
    void aBackendThatCannotAnswerLeavesTheLastStateInForceAndSaysSo() {
        ReferenceAuthBackend backend = new ReferenceAuthBackend(storage);
        AuthCache cache = new AuthCache(backend, false, clock);
        administration(new ReferenceAuthBackend(storage)).createPolicy(new Policy("p", List.of(
                new PolicyRule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(), Set.of()))), "test");
        cache.refresh();
        backend.close();
        cache.refresh();
        assertThat(cache.current().policies()).isEqualTo(1);
        assertThat(cache.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("unavailable"));
    }

    @Test
    void requiredAuthIsNeverOpenEvenWithoutPolicies() {
        assertThat(new AuthCache(new ReferenceAuthBackend(storage), true, clock).current().open()).isFalse();
        assertThat(new AuthCache(new ReferenceAuthBackend(storage), false, clock).current().open()).isTrue();
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        AuthBackend backend = new ReferenceAuthBackend(storage);
        AuthAdministration admin = administration(backend);
        admin.createPolicy(new Policy("p", List.of(new PolicyRule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(), Set.of()))), "test");
        IssuedToken issued = admin.createToken(new TokenRequest("vc", TokenKind.CLIENT, List.of("p"),
                Optional.of(clock.instant().minusSeconds(1)), Optional.empty()), "test");
        AuthCache cache = new AuthCache(backend, false, clock);
        assertThat(check(cache, new String(issued.token(), StandardCharsets.US_ASCII)))
                .isEqualTo(new AuthState.Authentication.Rejected(Rejection.EXPIRED));
    }
}
