package io.containment.api.auth;

/** Outcome of {@link AuthBackend#createPolicy}: a policy name is unique; an existing one is never overwritten. */
public sealed interface PolicyCreation {
    /** Stored. */
    record Created(Policy policy) implements PolicyCreation {
    }

    /** A policy with this name exists; nothing was written. */
    record NameTaken(String name) implements PolicyCreation {
    }
}
