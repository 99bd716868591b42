package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import java.util.Objects;
import java.util.Optional;

/** Checks shared by the request records' compact constructors. */
final class RequestChecks {
    private RequestChecks() {
    }

    /** {@code forkInfo}, refused when absent: every type but DEPOSIT and VALIDATOR_REGISTRATION needs it. */
    static Optional<ForkInfo> required(Optional<ForkInfo> forkInfo, SignType type) {
        Objects.requireNonNull(forkInfo, "fork_info");
        if (forkInfo.isEmpty()) {
            throw new IllegalArgumentException("fork_info is required for " + type);
        }
        return forkInfo;
    }

    /** {@code suppliedSigningRoot}, never null. */
    static Optional<Root> notNull(Optional<Root> suppliedSigningRoot) {
        return Objects.requireNonNull(suppliedSigningRoot, "suppliedSigningRoot");
    }
}
