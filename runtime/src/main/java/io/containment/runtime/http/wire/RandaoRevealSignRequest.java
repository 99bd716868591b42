package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Epoch;
import java.util.Objects;
import java.util.Optional;

/** A RANDAO_REVEAL request: the epoch whose RANDAO reveal is signed. */
public record RandaoRevealSignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot, Epoch epoch)
        implements SignRequest {
    public RandaoRevealSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.RANDAO_REVEAL);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(epoch, "epoch");
    }

    @Override
    public SignType type() {
        return SignType.RANDAO_REVEAL;
    }
}
