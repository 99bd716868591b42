package io.containment.api.slashing;

import io.containment.api.consensus.BlsPublicKey;
import io.containment.api.consensus.Epoch;
import io.containment.api.consensus.Root;
import java.util.Objects;

/** An attestation the validator is asked to sign: its source and target epochs and signing root. */
public record AttestationVote(BlsPublicKey publicKey, Epoch sourceEpoch, Epoch targetEpoch, Root signingRoot) {
    public AttestationVote {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(sourceEpoch, "sourceEpoch");
        Objects.requireNonNull(targetEpoch, "targetEpoch");
        Objects.requireNonNull(signingRoot, "signingRoot");
    }
}
