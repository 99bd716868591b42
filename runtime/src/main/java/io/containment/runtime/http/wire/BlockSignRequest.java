package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Slot;
import io.containment.runtime.ssz.BeaconBlock;
import java.util.Objects;
import java.util.Optional;

/** A BLOCK request: a full phase0 beacon block (deprecated by BLOCK_V2). */
public record BlockSignRequest(Optional<ForkInfo> forkInfo, Optional<Root> suppliedSigningRoot, BeaconBlock block)
        implements SignRequest {
    public BlockSignRequest {
        forkInfo = RequestChecks.required(forkInfo, SignType.BLOCK);
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(block, "block");
    }

    @Override
    public SignType type() {
        return SignType.BLOCK;
    }

    /** The block's slot. */
    public Slot slot() {
        return block.slot();
    }
}
