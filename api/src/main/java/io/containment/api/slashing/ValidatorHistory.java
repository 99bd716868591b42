package io.containment.api.slashing;

import io.containment.api.consensus.BlsPublicKey;
import java.util.List;
import java.util.Objects;

/** One validator's entry of an {@link Interchange}. */
public record ValidatorHistory(BlsPublicKey pubkey, List<SignedBlock> signedBlocks,
                               List<SignedAttestation> signedAttestations) {
    public ValidatorHistory {
        Objects.requireNonNull(pubkey, "pubkey");
        signedBlocks = List.copyOf(signedBlocks);
        signedAttestations = List.copyOf(signedAttestations);
    }
}
