package io.containment.api.slashing;

import io.containment.api.consensus.Root;
import java.util.List;
import java.util.Objects;

/**
 * An EIP-3076 interchange document (format version 5): the chain it belongs to and the
 * signing history of each validator. JSON encoding is the runtime's business.
 */
public record Interchange(Root genesisValidatorsRoot, List<ValidatorHistory> data) {
    /** The EIP-3076 format version this type represents. */
    public static final String FORMAT_VERSION = "5";

    public Interchange {
        Objects.requireNonNull(genesisValidatorsRoot, "genesisValidatorsRoot");
        data = List.copyOf(data);
    }
}
