package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import java.util.Objects;
import java.util.Optional;

/** A SYNC_COMMITTEE_MESSAGE request: the block root a sync committee member signs at a slot. */
public record SyncCommitteeMessageSignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot,
        Root beaconBlockRoot, Slot slot)
        implements SignRequest {
    public SyncCommitteeMessageSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.SYNC_COMMITTEE_MESSAGE);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(beaconBlockRoot, "beacon_block_root");
        Objects.requireNonNull(slot, "slot");
    }

    @Override
    public SignType type() {
        return SignType.SYNC_COMMITTEE_MESSAGE;
    }
}
