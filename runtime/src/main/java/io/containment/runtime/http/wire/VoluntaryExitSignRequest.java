package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.runtime.ssz.VoluntaryExit;
import java.util.Objects;
import java.util.Optional;

/** A VOLUNTARY_EXIT request. */
public record VoluntaryExitSignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot,
        VoluntaryExit voluntaryExit)
        implements SignRequest {
    public VoluntaryExitSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.VOLUNTARY_EXIT);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(voluntaryExit, "voluntary_exit");
    }

    @Override
    public SignType type() {
        return SignType.VOLUNTARY_EXIT;
    }
}
