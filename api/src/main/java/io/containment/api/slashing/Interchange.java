package io.containment.api.slashing;

import io.containment.api.consensus.Root;
import io.containment.api.consensus.BlsPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The entries with one entry per validator, in first-seen order: a validator appearing several
     * times (EIP-3076 allows it) gets its records taken together, as an import must judge them.
     *
     * @since SPI 1.6
     */
    public List<ValidatorHistory> mergedByValidator() {
        Map<BlsPublicKey, ValidatorHistory> merged = new LinkedHashMap<>();
        for (ValidatorHistory history : data) {
            merged.merge(history.pubkey(), history, (first, second) -> new ValidatorHistory(first.pubkey(),
                    concat(first.signedBlocks(), second.signedBlocks()),
                    concat(first.signedAttestations(), second.signedAttestations())));
        }
        return List.copyOf(merged.values());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
