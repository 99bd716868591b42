package io.containment.runtime.slashing;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.slashing.AttestationVote;
import io.containment.api.slashing.BlockProposal;
import io.containment.api.slashing.ImportReport;
import io.containment.api.slashing.PruneReport;
import io.containment.api.slashing.Interchange;
import io.containment.api.slashing.InvalidInterchangeException;
import io.containment.api.slashing.SlashingStore;
import io.containment.api.slashing.SlashingVerdict;
import io.containment.api.slashing.StoreHealth;
import java.util.Collection;
import java.util.List;

/** Judges everything safe and keeps nothing. See {@link NoopSlashingStoreFactory}. */
final class NoopSlashingStore implements SlashingStore {
    private final Root genesisValidatorsRoot;

    NoopSlashingStore(Root genesisValidatorsRoot) {
        this.genesisValidatorsRoot = genesisValidatorsRoot;
    }

    @Override
    public SlashingVerdict checkAndRecord(BlockProposal proposal) {
        return new SlashingVerdict.Valid();
    }

    @Override
    public SlashingVerdict checkAndRecord(AttestationVote vote) {
        return new SlashingVerdict.Valid();
    }

    @Override
    public SlashingVerdict check(BlockProposal proposal) {
        return new SlashingVerdict.Valid();
    }

    @Override
    public SlashingVerdict check(AttestationVote vote) {
        return new SlashingVerdict.Valid();
    }

    @Override
    public ImportReport importInterchange(Interchange interchange) {
        if (!interchange.genesisValidatorsRoot().equals(genesisValidatorsRoot)) {
            throw new InvalidInterchangeException("genesis_validators_root " + interchange.genesisValidatorsRoot()
                    + " is not the configured network's " + genesisValidatorsRoot);
        }
        throw new InvalidInterchangeException("the noop backend keeps no history: nothing can be imported into it");
    }

    @Override
    public Interchange exportInterchange() {
        return new Interchange(genesisValidatorsRoot, List.of());
    }

    @Override
    public Interchange exportInterchange(Collection<BlsPublicKey> validators) {
        return exportInterchange();
    }

    /** Nothing to disable: this backend signs everything anyway. */
    @Override
    public void setEnabled(BlsPublicKey validator, boolean enabled) {
    }

    @Override
    public PruneReport prune(long epochsToKeep, long slotsToKeep) {
        return new PruneReport(java.util.List.of());
    }

    @Override
    public void setHighWatermark(java.util.Optional<io.containment.api.slashing.HighWatermark> highWatermark) {
        throw new UnsupportedOperationException("the noop slashing backend keeps no data and cannot hold a high watermark");
    }

    @Override
    public StoreHealth health() {
        return StoreHealth.up("noop: NO slashing protection");
    }

    @Override
    public void close() {
    }
}
