package io.containment.runtime.metrics;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreHealth;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A {@link SlashingStore} that times every check of the signing path in
 * {@code containment_slashing_store_duration_seconds{operation,kind,outcome}} (histogram):
 * operation {@code check_and_record} or {@code check}, kind {@code block} or {@code attestation},
 * outcome {@code safe}, {@code refused} or {@code unavailable} (the store threw). Everything else
 * passes straight through — every method, default ones included (a test holds it to that).
 */
public final class TimedSlashingStore implements SlashingStore {
    private final SlashingStore delegate;
    private final MeterRegistry registry;

    public TimedSlashingStore(SlashingStore delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public SlashingVerdict checkAndRecord(BlockProposal proposal) {
        return timed("check_and_record", "block", () -> delegate.checkAndRecord(proposal));
    }

    @Override
    public SlashingVerdict checkAndRecord(AttestationVote vote) {
        return timed("check_and_record", "attestation", () -> delegate.checkAndRecord(vote));
    }

    @Override
    public SlashingVerdict check(BlockProposal proposal) {
        return timed("check", "block", () -> delegate.check(proposal));
    }

    @Override
    public SlashingVerdict check(AttestationVote vote) {
        return timed("check", "attestation", () -> delegate.check(vote));
    }

    private SlashingVerdict timed(String operation, String kind, Supplier<SlashingVerdict> call) {
        long start = System.nanoTime();
        String outcome = "unavailable";
        try {
            SlashingVerdict verdict = call.get();
            outcome = verdict instanceof SlashingVerdict.Refused ? "refused" : "safe";
            return verdict;
        } finally {
            Timer.builder("containment.slashing.store.duration")
                    .description("Latency of slashing protection checks")
                    .tag("operation", operation).tag("kind", kind).tag("outcome", outcome)
                    .serviceLevelObjectives(Buckets.latency())
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public ImportReport importInterchange(Interchange interchange) {
        return delegate.importInterchange(interchange);
    }

    @Override
    public Interchange exportInterchange() {
        return delegate.exportInterchange();
    }

    @Override
    public Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        return delegate.exportInterchange(validators);
    }

    @Override
    public void setEnabled(BlsPublicKey validator, boolean enabled) {
        delegate.setEnabled(validator, enabled);
    }

    @Override
    public Optional<HighWatermark> highWatermark() {
        return delegate.highWatermark();
    }

    @Override
    public void setHighWatermark(Optional<HighWatermark> highWatermark) {
        delegate.setHighWatermark(highWatermark);
    }

    @Override
    public PruneReport prune(long epochsToKeep, long slotsToKeep) {
        return delegate.prune(epochsToKeep, slotsToKeep);
    }

    @Override
    public StoreHealth health() {
        return delegate.health();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
