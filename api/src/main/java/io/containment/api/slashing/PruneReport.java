package io.containment.api.slashing;

import java.util.List;

/** What {@link SlashingStore#prune} did: records removed per validator (validators with none left out). */
public record PruneReport(List<Entry> validators) {
    public PruneReport {
        validators = List.copyOf(validators);
    }

    /** Records removed for one validator (the summary records a prune writes are not subtracted). */
    public record Entry(io.containment.api.consensus.BlsPublicKey pubkey, long blocks, long attestations) {
    }

    public long blocks() {
        return validators.stream().mapToLong(Entry::blocks).sum();
    }

    public long attestations() {
        return validators.stream().mapToLong(Entry::attestations).sum();
    }
}
