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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A {@link SlashingStore} that times every check of the signing path in
 * {@code containment_slashing_store_duration_seconds{operation,kind,outcome}} (histogram):
 * operation {@code check_and_record} or {@code check}, kind {@code block} or {@code attestation},
 * outcome {@code safe}, {@code refused} or {@code unavailable} (the store threw). Everything else
 * passes straight through — every method, default ones included (a test holds it to that). Each
 * series is registered on its first use and kept, so a check costs a map lookup, not a meter build.
 */
public final class TimedSlashingStore implements SlashingStore {
    private final SlashingStore delegate;
    private final Timers checkAndRecordBlock;
    private final Timers checkAndRecordAttestation;
    private final Timers checkBlock;
    private final Timers checkAttestation;

    public TimedSlashingStore(SlashingStore delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.checkAndRecordBlock = new Timers(registry, "check_and_record", "block");
        this.checkAndRecordAttestation = new Timers(registry, "check_and_record", "attestation");
        this.checkBlock = new Timers(registry, "check", "block");
        this.checkAttestation = new Timers(registry, "check", "attestation");
    }

    @Override
    public SlashingVerdict checkAndRecord(BlockProposal proposal) {
        return timed(checkAndRecordBlock, () -> delegate.checkAndRecord(proposal));
    }

    @Override
    public SlashingVerdict checkAndRecord(AttestationVote vote) {
        return timed(checkAndRecordAttestation, () -> delegate.checkAndRecord(vote));
    }

    @Override
    public SlashingVerdict check(BlockProposal proposal) {
        return timed(checkBlock, () -> delegate.check(proposal));
    }

    @Override
    public SlashingVerdict check(AttestationVote vote) {
        return timed(checkAttestation, () -> delegate.check(vote));
    }

    private static SlashingVerdict timed(Timers timers, Supplier<SlashingVerdict> call) {
        long start = System.nanoTime();
        String outcome = "unavailable";
        try {
            SlashingVerdict verdict = call.get();
            outcome = verdict instanceof SlashingVerdict.Refused ? "refused" : "safe";
            return verdict;
        } finally {
            timers.of(outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** The series of one operation and kind, one per outcome, each registered on first use. */
    private static final class Timers {
        private final MeterRegistry registry;
        private final String operation;
        private final String kind;
        private final Map<String, Timer> byOutcome = new ConcurrentHashMap<>();

        Timers(MeterRegistry registry, String operation, String kind) {
            this.registry = registry;
            this.operation = operation;
            this.kind = kind;
        }

        Timer of(String outcome) {
            return byOutcome.computeIfAbsent(outcome, key -> Timer.builder("containment.slashing.store.duration")
                    .description("Latency of slashing protection checks")
                    .tag("operation", operation).tag("kind", kind).tag("outcome", key)
                    .serviceLevelObjectives(Buckets.latency())
                    .register(registry));
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
