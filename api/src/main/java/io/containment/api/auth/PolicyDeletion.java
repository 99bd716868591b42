package io.containment.api.auth;

/**
 * Outcome of {@link AuthBackend#deletePolicy}. Tokens bound to a deleted policy keep its name and
 * simply gain nothing from it (fail closed); a policy created later under the same name applies to them again.
 */
public sealed interface PolicyDeletion {
    /** Removed. */
    record Deleted(String name) implements PolicyDeletion {
    }

    /** No policy has this name; nothing changed. */
    record NotFound(String name) implements PolicyDeletion {
    }
}
