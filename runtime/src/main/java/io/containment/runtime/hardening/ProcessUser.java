package io.containment.runtime.hardening;

import java.util.OptionalInt;

/** The signer's effective user id, where the JDK can tell (module jdk.security.auth, Unix only). */
final class ProcessUser {
    private ProcessUser() {
    }

    static OptionalInt uid() {
        try {
            return OptionalInt.of((int) new com.sun.security.auth.module.UnixSystem().getUid());
        } catch (LinkageError | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
