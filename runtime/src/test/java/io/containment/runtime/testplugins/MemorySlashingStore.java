package io.containment.runtime.testplugins;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.contract.ReferenceSlashingStore;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.HighWatermark;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreHealth;
import io.containment.api.slashing.StoreUnavailableException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/** The api's reference store in memory, which can also play a store that is down; for the HTTP tests. */
final class MemorySlashingStore implements SlashingStore {
    private final ReferenceSlashingStore store;
    private final boolean available;

    MemorySlashingStore(Root genesisValidatorsRoot, boolean available) {
        this.store = new ReferenceSlashingStore(genesisValidatorsRoot);
        this.available = available;
    }

    @Override
    public SlashingVerdict checkAndRecord(BlockProposal proposal) {
        return whenAvailable(() -> store.checkAndRecord(proposal));
    }

    @Override
    public SlashingVerdict checkAndRecord(AttestationVote vote) {
        return whenAvailable(() -> store.checkAndRecord(vote));
    }

    @Override
    public SlashingVerdict check(BlockProposal proposal) {
        return whenAvailable(() -> store.check(proposal));
    }

    @Override
    public SlashingVerdict check(AttestationVote vote) {
        return whenAvailable(() -> store.check(vote));
    }

    @Override
    public ImportReport importInterchange(Interchange interchange) {
        return whenAvailable(() -> store.importInterchange(interchange));
    }

    @Override
    public Interchange exportInterchange() {
        return whenAvailable(store::exportInterchange);
    }

    @Override
    public Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        return whenAvailable(() -> store.exportInterchange(validators));
    }

    @Override
    public void setEnabled(BlsPublicKey validator, boolean enabled) {
        whenAvailable(() -> {
            store.setEnabled(validator, enabled);
            return null;
        });
    }

    @Override
    public Optional<HighWatermark> highWatermark() {
        return whenAvailable(store::highWatermark);
    }

    @Override
    public void setHighWatermark(Optional<HighWatermark> highWatermark) {
        whenAvailable(() -> {
            store.setHighWatermark(highWatermark);
            return null;
        });
    }

    @Override
    public PruneReport prune(long epochsToKeep, long slotsToKeep) {
        return whenAvailable(() -> store.prune(epochsToKeep, slotsToKeep));
    }

    @Override
    public StoreHealth health() {
        return available ? store.health() : StoreHealth.down("simulated outage");
    }

    @Override
    public void close() {
        store.close();
    }

    private <T> T whenAvailable(Supplier<T> work) {
        if (!available) {
            throw new StoreUnavailableException("simulated outage", null);
        }
        return work.get();
    }
}
