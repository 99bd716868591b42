package io.containment.runtime.reload;

import java.time.Instant;
import java.util.Optional;

/** What {@code GET /reload} answers (Web3Signer's shape). */
public record ReloadStatus(State state, Optional<Instant> lastOperationTime, Optional<String> lastError) {
    /** {@code idle | running | completed | completed_with_errors | failed}. */
    public enum State { IDLE, RUNNING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED }

    static final ReloadStatus IDLE = new ReloadStatus(State.IDLE, Optional.empty(), Optional.empty());

    static ReloadStatus running(Instant at) {
        return new ReloadStatus(State.RUNNING, Optional.of(at), Optional.empty());
    }
}
