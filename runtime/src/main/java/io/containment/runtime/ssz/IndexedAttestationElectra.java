package io.containment.runtime.ssz;

import io.containment.api.consensus.BlsSignature;
import io.containment.api.consensus.Root;
import java.util.List;
import java.util.Objects;

/**
 * The Electra {@code IndexedAttestation} container
 * (attesting_indices: List[ValidatorIndex, MAX_VALIDATORS_PER_COMMITTEE * MAX_COMMITTEES_PER_SLOT]).
 *
 * @param attestingIndices validator indices, unsigned 64-bit integers
 */
public record IndexedAttestationElectra(List<Long> attestingIndices, AttestationData data, BlsSignature signature) {
    /** The list limit of attesting_indices. */
    public static final int MAX_ATTESTING_INDICES = Preset.MAX_ELECTRA_ATTESTERS;

    public IndexedAttestationElectra {
        attestingIndices = List.copyOf(attestingIndices);
        if (attestingIndices.size() > MAX_ATTESTING_INDICES) {
            throw new IllegalArgumentException("attesting_indices has more than " + MAX_ATTESTING_INDICES + " entries");
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
    }

    /** hash_tree_root of this container. */
    public Root hashTreeRoot() {
        return new Chunks(3)
                .chunk(HashTreeRoot.ofUint64List(attestingIndices, MAX_ATTESTING_INDICES))
                .root(data.hashTreeRoot())
                .signature(signature)
                .containerRoot();
    }
}
