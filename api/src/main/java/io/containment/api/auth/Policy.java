package io.containment.api.auth;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named list of rules that client tokens are bound to. Deny wins; no matching allow means no access.
 *
 * @param name  unique, 1–64 characters of {@code [A-Za-z0-9._-]}
 * @param rules in the order written (order does not change the outcome)
 */
public record Policy(String name, List<PolicyRule> rules) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Policy {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("policy names are 1-64 characters of A-Z a-z 0-9 . _ -");
        }
        rules = List.copyOf(rules);
    }

    /** Whether {@code name} is a valid policy name. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
