package io.containment.api.slashing;

import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import java.util.Objects;
import java.util.Optional;

/** A recorded attestation signing, as in EIP-3076 {@code signed_attestations}; the root may be unknown. */
public record SignedAttestation(Epoch sourceEpoch, Epoch targetEpoch, Optional<Root> signingRoot) {
    public SignedAttestation {
        Objects.requireNonNull(sourceEpoch, "sourceEpoch");
        Objects.requireNonNull(targetEpoch, "targetEpoch");
        Objects.requireNonNull(signingRoot, "signingRoot");
    }

    @Override
    public String toString() {
        return "attestation source " + sourceEpoch + " target " + targetEpoch
                + signingRoot.map(r -> " with signing root " + r).orElse(" (signing root unknown)");
    }
}
