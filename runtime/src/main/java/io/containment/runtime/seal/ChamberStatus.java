package io.containment.runtime.seal;

/**
 * What {@code GET /api/v1/chamber/status} shows: state, mode and, once initialised, the threshold
 * and the number of shares.
 */
public record ChamberStatus(SealState state, String mode, int threshold, int shares) {
}
