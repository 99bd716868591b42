package io.containment.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.containment.api.auth.Effect;
import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import io.containment.api.auth.Scope;
import io.containment.api.consensus.BlsPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantsTest {
    private static final BlsPublicKey A = BlsPublicKey.fromHex(
            "0xa99a76ed7796f7be22d5b7e85deeb7c5677e88e511e0b337618f8c4eb61349b4bf2d153f649f7b53359fe8b94a38e44c");
    private static final BlsPublicKey B = BlsPublicKey.fromHex(
            "0xb89bebc699769726a318c8e9971bd3171297c61aea4a6578a7a4f94b547dcba5bac16a89108b6b6a1fe3695d1a874a0b");

    private static PolicyRule rule(Effect effect, Set<Scope> scopes, Set<BlsPublicKey> keys, Set<String> operations) {
        return new PolicyRule(effect, scopes, keys, operations);
    }

    @Test
    void withoutAMatchingAllowNothingIsAllowed() {
        assertThat(new Grants(List.of()).allows(AccessRequest.scope(Scope.PUBLIC_KEYS))).isFalse();
        Grants grants = new Grants(List.of(rule(Effect.ALLOW, Set.of(Scope.PUBLIC_KEYS), Set.of(), Set.of())));
        assertThat(grants.allows(AccessRequest.scope(Scope.PUBLIC_KEYS))).isTrue();
        assertThat(grants.allows(AccessRequest.of(Scope.SIGN, A, "ATTESTATION"))).isFalse();
    }

    @Test
    void denyWinsOverAnyAllowWhateverTheOrder() {
        PolicyRule allowAll = rule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(), Set.of());
        PolicyRule denyExits = rule(Effect.DENY, Set.of(Scope.SIGN), Set.of(), Set.of("VOLUNTARY_EXIT"));
        for (List<PolicyRule> rules : List.of(List.of(allowAll, denyExits), List.of(denyExits, allowAll))) {
            Grants grants = new Grants(rules);
            assertThat(grants.allows(AccessRequest.of(Scope.SIGN, A, "VOLUNTARY_EXIT"))).isFalse();
            assertThat(grants.allows(AccessRequest.of(Scope.SIGN, A, "ATTESTATION"))).isTrue();
        }
    }

    @Test
    void keysAndOperationsRestrictAnAllow() {
        Grants grants = new Grants(List.of(rule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(A), Set.of("ATTESTATION", "BLOCK_V2"))));
        assertThat(grants.allows(AccessRequest.of(Scope.SIGN, A, "BLOCK_V2"))).isTrue();
        assertThat(grants.allows(AccessRequest.of(Scope.SIGN, B, "BLOCK_V2"))).isFalse();
        assertThat(grants.allows(AccessRequest.of(Scope.SIGN, A, "RANDAO_REVEAL"))).isFalse();
    }

    @Test
    void beforeTheBodyIsReadAnAllowMayMatchButOnlyACoveringDenyRefuses() {
        AccessRequest keyOnly = new AccessRequest(Scope.SIGN, Optional.of(A), Optional.empty());
        Grants narrowDeny = new Grants(List.of(rule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(A), Set.of("ATTESTATION")),
                rule(Effect.DENY, Set.of(Scope.SIGN), Set.of(A), Set.of("VOLUNTARY_EXIT"))));
        assertThat(narrowDeny.allows(keyOnly)).as("could still be an attestation").isTrue();
        Grants keyDenied = new Grants(List.of(rule(Effect.ALLOW, Set.of(Scope.SIGN), Set.of(), Set.of()),
                rule(Effect.DENY, Set.of(Scope.SIGN), Set.of(A), Set.of())));
        assertThat(keyDenied.allows(keyOnly)).as("denied whatever the operation").isFalse();
        assertThat(keyDenied.allows(new AccessRequest(Scope.SIGN, Optional.of(B), Optional.empty()))).isTrue();
    }

    @Test
    void aTokenGainsTheRulesOfExistingPoliciesOnly() {
        Policy policy = new Policy("p", List.of(rule(Effect.ALLOW, Set.of(Scope.PUBLIC_KEYS), Set.of(), Set.of())));
        assertThat(Grants.of(List.of("p", "deleted"), Map.of("p", policy)).allows(AccessRequest.scope(Scope.PUBLIC_KEYS))).isTrue();
        assertThat(Grants.of(List.of("deleted"), Map.of("p", policy)).allows(AccessRequest.scope(Scope.PUBLIC_KEYS))).isFalse();
    }
}
