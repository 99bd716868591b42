package io.containment.runtime.auth;

import io.containment.api.auth.Policy;
import io.containment.api.auth.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of every policy a client token is bound to, evaluated together: a matching deny
 * wins; otherwise a matching allow grants; otherwise refused.
 *
 * <p>A request may not know every dimension yet (the filter does not know the operation of a
 * signing request). Then an allow rule matches on the known dimensions ("could be allowed"), while
 * a deny rule matches only if it covers every value of the unknown ones ("denied whatever comes").
 * The pipeline asks again with everything known.
 */
public record Grants(List<PolicyRule> rules) {
    public Grants {
        rules = List.copyOf(rules);
    }

    /** The rules of the named policies that exist (a missing policy grants nothing). */
    static Grants of(List<String> policyNames, Map<String, Policy> policies) {
        List<PolicyRule> rules = new ArrayList<>();
        for (String name : policyNames) {
            Policy policy = policies.get(name);
            if (policy != null) {
                rules.addAll(policy.rules());
            }
        }
        return new Grants(rules);
    }

    /** Whether {@code request} is allowed. */
    public boolean allows(AccessRequest request) {
        boolean allowed = false;
        for (PolicyRule rule : rules) {
            switch (rule.effect()) {
                case DENY -> {
                    if (matches(rule, request, true)) {
                        return false;
                    }
                }
                case ALLOW -> allowed |= matches(rule, request, false);
            }
        }
        return allowed;
    }

    private static boolean matches(PolicyRule rule, AccessRequest request, boolean unknownMustBeCovered) {
        return rule.scopes().contains(request.scope())
                && covers(rule.keys().isEmpty(), request.key().map(rule.keys()::contains), unknownMustBeCovered)
                && covers(rule.operations().isEmpty(), request.operation().map(rule.operations()::contains), unknownMustBeCovered);
    }

    private static boolean covers(boolean any, Optional<Boolean> known, boolean unknownMustBeCovered) {
        if (any) {
            return true;
        }
        return known.orElse(!unknownMustBeCovered);
    }
}
