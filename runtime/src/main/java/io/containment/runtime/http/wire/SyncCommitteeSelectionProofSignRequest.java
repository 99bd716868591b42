package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.runtime.ssz.SyncAggregatorSelectionData;
import java.util.Objects;
import java.util.Optional;

/** A SYNC_COMMITTEE_SELECTION_PROOF request. */
public record SyncCommitteeSelectionProofSignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot,
        SyncAggregatorSelectionData selectionData)
        implements SignRequest {
    public SyncCommitteeSelectionProofSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.SYNC_COMMITTEE_SELECTION_PROOF);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(selectionData, "sync_aggregator_selection_data");
    }

    @Override
    public SignType type() {
        return SignType.SYNC_COMMITTEE_SELECTION_PROOF;
    }
}
