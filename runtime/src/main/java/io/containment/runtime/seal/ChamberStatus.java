package io.containment.runtime.seal;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@code GET /api/v1/chamber/status} shows: state, mode and, once initialised, the threshold,
 * the number of shares, how many operators have registered (quorum mode; all shares in KMS-only
 * mode), how many operator shares are submitted toward an unseal and when the oldest expires.
 */
public record ChamberStatus(SealState state, String mode, int threshold, int shares, int registered, int submitted,
                            Optional<Instant> submittedExpireAt) {
    /** A status with no quorum activity. */
    public ChamberStatus(SealState state, String mode, int threshold, int shares) {
        this(state, mode, threshold, shares, shares, 0, Optional.empty());
    }
}
