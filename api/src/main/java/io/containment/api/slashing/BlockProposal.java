package io.containment.api.slashing;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;

/** A block the validator is asked to propose: its slot and the signing root to be signed. */
public record BlockProposal(BlsPublicKey publicKey, Slot slot, Root signingRoot) {
    public BlockProposal {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(signingRoot, "signingRoot");
    }
}
