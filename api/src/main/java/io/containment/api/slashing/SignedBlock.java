package io.containment.api.slashing;

import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;
import java.util.Optional;

/** A recorded block signing, as in EIP-3076 {@code signed_blocks}; the root may be unknown. */
public record SignedBlock(Slot slot, Optional<Root> signingRoot) {
    public SignedBlock {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(signingRoot, "signingRoot");
    }

    @Override
    public String toString() {
        return "block at slot " + slot + signingRoot.map(r -> " with signing root " + r).orElse(" (signing root unknown)");
    }
}
