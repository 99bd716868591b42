package io.containment.runtime.seal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Operator shares submitted toward an unseal, in memory only: each expires {@code timeout} after it
 * was submitted and is wiped then (or on seal, on success, on a failed combination). Not thread-safe:
 * the {@link Chamber} serialises access.
 */
final class SubmittedShares {
    private record Submitted(Shamir.Share share, Instant at) {
    }

    private final Duration timeout;
    private final Map<Integer, Submitted> byIndex = new TreeMap<>();

    SubmittedShares(Duration timeout) {
        this.timeout = timeout;
    }

    /** Keeps {@code share} (ownership passes here); a second submission of the same index replaces the first. */
    void add(Shamir.Share share, Instant now) {
        Submitted previous = byIndex.put(share.x(), new Submitted(share, now));
        if (previous != null) {
            previous.share().wipe();
        }
    }

    /** Wipes and drops the shares older than the timeout; returns their indices. */
    List<Integer> expire(Instant now) {
        List<Integer> expired = new ArrayList<>();
        byIndex.entrySet().removeIf(entry -> {
            if (!entry.getValue().at().plus(timeout).isAfter(now)) {
                entry.getValue().share().wipe();
                expired.add(entry.getKey());
                return true;
            }
            return false;
        });
        return expired;
    }

    int size() {
        return byIndex.size();
    }

    List<Integer> indices() {
        return List.copyOf(byIndex.keySet());
    }

    /** When the oldest submitted share expires. */
    Optional<Instant> nextExpiry() {
        return byIndex.values().stream().map(Submitted::at).min(Instant::compareTo).map(at -> at.plus(timeout));
    }

    /** The shares, still owned here (wiped by {@link #wipe()}). */
    List<Shamir.Share> shares() {
        return byIndex.values().stream().map(Submitted::share).toList();
    }

    void wipe() {
        byIndex.values().forEach(submitted -> submitted.share().wipe());
        byIndex.clear();
    }
}
