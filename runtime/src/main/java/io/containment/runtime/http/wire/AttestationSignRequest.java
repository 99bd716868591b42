package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.runtime.ssz.AttestationData;
import java.util.Objects;
import java.util.Optional;

/** An ATTESTATION request: the AttestationData a validator votes for. */
public record AttestationSignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot,
        AttestationData attestationData)
        implements SignRequest {
    public AttestationSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.ATTESTATION);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(attestationData, "attestation");
    }

    @Override
    public SignType type() {
        return SignType.ATTESTATION;
    }
}
