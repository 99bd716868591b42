package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;
import java.util.Optional;

/** An AGGREGATION_SLOT request: the slot whose selection proof is signed. */
public record AggregationSlotSignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot, Slot slot)
        implements SignRequest {
    public AggregationSlotSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.AGGREGATION_SLOT);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(slot, "slot");
    }

    @Override
    public SignType type() {
        return SignType.AGGREGATION_SLOT;
    }
}
