package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.runtime.ssz.BeaconBlockHeader;
import java.util.Objects;
import java.util.Optional;

/** A BLOCK_V2 request: a block of any fork, summarised by its header (a full PHASE0/ALTAIR block is reduced to it). */
public record BlockV2SignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot,
        ConsensusVersion version, BeaconBlockHeader blockHeader)
        implements SignRequest {
    public BlockV2SignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.BLOCK_V2);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(blockHeader, "block_header");
    }

    @Override
    public SignType type() {
        return SignType.BLOCK_V2;
    }

    /** The block's slot. */
    public Slot slot() {
        return blockHeader.slot();
    }
}
