package io.containment.api.auth;

/** Whether a matching rule grants or refuses. A matching {@link #DENY} always wins. */
public enum Effect {
    ALLOW,
    DENY
}
