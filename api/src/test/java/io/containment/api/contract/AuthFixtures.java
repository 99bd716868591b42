package io.containment.api.contract;

import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenHash;
import io.containment.api.auth.TokenKind;
import io.containment.api.auth.TokenRecord;
import io.containment.api.consensus.BlsPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Policies and token records for the auth contract. */
final class AuthFixtures {
    static final BlsPublicKey KEY_A = BlsPublicKey.fromHex(
            "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c");
    static final BlsPublicKey KEY_B = BlsPublicKey.fromHex(
            "0xb89bebc699769726a318c8e9971bd3171297c61aea4a6578a7a4f94b547dcba5bac16a89108b6b6a1fe3695d1a874a0b");
    /** Millisecond precision: what every backend keeps. */
    static final Instant NOW = Instant.parse("2026-11-26T01:00:00.123Z");

    private AuthFixtures() {
    }

    /** A policy using every kind of field: both effects, several scopes, keys, operations, and "any". */
    static Policy richPolicy(String name) {
        return new Policy(name, List.of(
                new PolicyRule(Effect.ALLOW, Set.of(Scope.SIGN, Scope.PUBLIC_KEYS), Set.of(KEY_A, KEY_B),
                        Set.of("ATTESTATION", "BLOCK_V2")),
                new PolicyRule(Effect.DENY, Set.of(Scope.SIGN), Set.of(KEY_B), Set.of("VOLUNTARY_EXIT")),
                new PolicyRule(Effect.ALLOW, EnumSet.allOf(Scope.class), Set.of(), Set.of())));
    }

    static Policy simplePolicy(String name) {
        return new Policy(name, List.of(new PolicyRule(Effect.ALLOW, Set.of(Scope.PUBLIC_KEYS), Set.of(), Set.of())));
    }

    static TokenHash hash(int n) {
        byte[] bytes = new byte[TokenHash.LENGTH];
        bytes[0] = (byte) n;
        bytes[1] = (byte) (n >> 8);
        bytes[31] = (byte) 0xA5;
        return TokenHash.of(bytes);
    }

    static TokenRecord client(String id, int hash, String... policies) {
        return new TokenRecord(id, "validator client " + id, TokenKind.CLIENT, List.of(policies), hash(hash),
                NOW, Optional.of(NOW.plus(1, ChronoUnit.DAYS)), Optional.empty());
    }

    static TokenRecord management(String id, int hash) {
        return new TokenRecord(id, "root", TokenKind.MANAGEMENT, List.of(), hash(hash), NOW.plusMillis(1),
                Optional.empty(), Optional.empty());
    }
}
