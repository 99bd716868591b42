package io.containment.api.consensus;

import java.util.Objects;

/** The {@code fork_info} of a signing request: the fork and the chain's genesis validators root. */
public record ForkInfo(Fork fork, Root genesisValidatorsRoot) {
    public ForkInfo {
        Objects.requireNonNull(fork, "fork");
        Objects.requireNonNull(genesisValidatorsRoot, "genesis_validators_root");
    }
}
