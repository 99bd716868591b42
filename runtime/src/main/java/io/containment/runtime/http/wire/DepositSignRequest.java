package io.containment.runtime.http.wire;

import io.containment.api.consensus.ForkInfo;
import io.containment.api.consensus.Root;
import io.containment.api.consensus.Version;
import io.containment.runtime.ssz.DepositMessage;
import java.util.Objects;
import java.util.Optional;

/** A DEPOSIT request: the DepositMessage and the genesis fork version of the chain it is meant for. */
public record DepositSignRequest(Optional<Root> suppliedSigningRoot, DepositMessage depositMessage,
                                 Version genesisForkVersion) implements SignRequest {
    public DepositSignRequest {
        suppliedSigningRoot = RequestChecks.notNull(suppliedSigningRoot);
        Objects.requireNonNull(depositMessage, "deposit");
        Objects.requireNonNull(genesisForkVersion, "genesis_fork_version");
    }

    @Override
    public SignType type() {
        return SignType.DEPOSIT;
    }

    /** Always empty: a deposit is signed for a chain that may not exist yet. */
    @Override
    public Optional<ForkInfo> forkInfo() {
        return Optional.empty();
    }
}
