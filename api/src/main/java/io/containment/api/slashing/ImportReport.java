package io.containment.api.slashing;

import io.containment.api.consensus.BlsPublicKey;
import java.util.List;

/** What an import wrote, per validator. */
public record ImportReport(List<Entry> validators) {
    public ImportReport {
        validators = List.copyOf(validators);
    }

    /** Records imported for one validator (duplicates of existing records not counted). */
    public record Entry(BlsPublicKey pubkey, int blocks, int attestations) {
    }
}
